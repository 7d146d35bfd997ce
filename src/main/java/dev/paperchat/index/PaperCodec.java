package dev.paperchat.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperchat.corpus.Bibtex;
import dev.paperchat.corpus.Chunk;
import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Titles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Turns papers and chunks into Lucene documents and stored documents back into papers. */
final class PaperCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PaperCodec() {}

    /**
     * The keys a paper is looked up by besides its id: its aliases (a record's own id, DOI, arXiv id)
     * and its BibTeX key, as exported: a writer's \\cite{smith2020} names the paper it came from.
     */
    static List<String> aliasKeys(Paper paper) {
        List<String> keys = new ArrayList<>(paper.aliases().stream().map(Paper::aliasKey).toList());
        String key = Paper.aliasKey(Bibtex.key(paper));
        if (!keys.contains(key)) keys.add(key);
        return keys;
    }

    static Document paperDocument(Paper paper, String textHash, String recordHash) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_PAPER, Field.Store.NO));
        doc.add(new StringField(Fields.ID, paper.id(), Field.Store.YES));
        // Doc values let a search map hits to ids without decompressing stored fields.
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(paper.id())));
        for (String alias : aliasKeys(paper)) doc.add(new StringField(Fields.ALIAS, alias, Field.Store.NO));
        doc.add(new TextField(Fields.TITLE, paper.title(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(Fields.TITLE, new BytesRef(paper.title())));
        doc.add(new BinaryDocValuesField(Fields.NAMES, new BytesRef(String.join("\n", MethodNames.introduced(paper)))));
        for (String key : MethodNames.keys(MethodNames.defined(paper))) doc.add(new StringField(Fields.NAME_KEYS, key, Field.Store.NO));
        doc.add(new TextField(Fields.ABSTRACT, paper.abstractText(), Field.Store.NO));
        doc.add(new TextField(Fields.CONTENTS, paper.title() + "\n" + paper.abstractText(), Field.Store.NO));
        doc.add(new StringField(Fields.WORK_KEY, Titles.workKey(paper.title()), Field.Store.NO));
        for (String file : sourceFiles(paper)) doc.add(new StringField(Fields.SOURCE, file, Field.Store.NO));
        if (paper.organization() != null) {
            doc.add(new StringField(Fields.ORG, paper.organization().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (int day : epochDays(paper.date())) doc.add(new IntPoint(Fields.DAY, day));
        doc.add(new StoredField(Fields.JSON, toJson(paper)));
        doc.add(new StringField(Fields.TEXT_HASH, textHash, Field.Store.YES));
        doc.add(new StringField(Fields.RECORD_HASH, recordHash, Field.Store.YES));
        return doc;
    }

    static Document chunkDocument(Paper paper, Chunk chunk, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_CHUNK, Field.Store.NO));
        doc.add(new StringField(Fields.PAPER_ID, paper.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.PAPER_ID, new BytesRef(paper.id())));
        doc.add(new StoredField(Fields.CHUNK_ORDINAL, chunk.ordinal()));
        doc.add(new StoredField(Fields.START, chunk.span().start()));
        doc.add(new StoredField(Fields.END, chunk.span().end()));
        // Filters on organisation and date apply to chunks too, so the kNN leg can filter in the graph.
        if (paper.organization() != null) {
            doc.add(new StringField(Fields.ORG, paper.organization().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (int day : epochDays(paper.date())) doc.add(new IntPoint(Fields.DAY, day));
        // Vectors are unit length, so the dot product is the cosine and cheaper to compute.
        doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /** The text embedded for a chunk: the title gives every window the paper's context. */
    static String embeddedText(Paper paper, Chunk chunk) {
        return paper.title() + "\n" + chunk.text(paper.abstractText());
    }

    /** The same for a stored chunk's offsets; null when they do not fit the paper's abstract. */
    static String embeddedText(Paper paper, int start, int end) {
        if (start < 0 || end > paper.abstractText().length() || start > end) return null;
        return paper.title() + "\n" + paper.abstractText().substring(start, end);
    }

    static Set<String> sourceFiles(Paper paper) {
        Set<String> files = new LinkedHashSet<>();
        for (dev.paperchat.corpus.Source source : paper.sources()) files.add(source.file());
        return files;
    }

    /** The first and last day of the date's {@link Filters#period}, as days since the epoch: a range query takes the paper when either falls in it. */
    static List<Integer> epochDays(String date) {
        return Filters.period(date).stream().map(day -> (int) day.toEpochDay()).toList();
    }

    static String toJson(Paper paper) {
        try {
            return JSON.writeValueAsString(paper);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a paper record always serialises", e);
        }
    }

    static Paper fromJson(String json) {
        try {
            return JSON.readValue(json, Paper.class);
        } catch (JsonProcessingException e) {
            throw new IndexException("stored paper is not valid JSON; re-index: " + e.getOriginalMessage(), e);
        }
    }
}
