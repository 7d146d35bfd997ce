package dev.paperchat.index;

/** Every Lucene field name paperchat uses, in one place. */
public final class Fields {
    private Fields() {}

    /** "paper" or "chunk": both kinds live in one index so that one commit covers a paper and its chunks. */
    public static final String TYPE = "type";
    public static final String TYPE_PAPER = "paper";
    public static final String TYPE_CHUNK = "chunk";

    // Paper documents.
    public static final String ID = "id";
    /** Other ids (input ids, DOI, arXiv id), searchable as exact terms. */
    public static final String ALIAS = "alias";
    /** Title and abstract, English-analysed; the title is also a doc value, read to match titles in queries. */
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    /** Title and abstract as one field: BM25 with one length norm for the whole record. */
    public static final String CONTENTS = "contents";
    /** The title as a work key (normalised, version notes removed): the last way two records are found to be one work. */
    public static final String WORK_KEY = "work_key";
    /** The names the abstract gives what the paper proposes, one per line, as doc values beside the title's. */
    public static final String NAMES = "names";
    /** The names the abstract defines ({@link dev.paperchat.corpus.MethodNames#defined}) as keys: how many papers define a name. */
    public static final String NAME_KEYS = "name_keys";
    /** The file of each of the paper's sources: an ingest of a file finds the papers it stored before. */
    public static final String SOURCE = "source";
    /** Lower-cased organisation, for exact filtering. */
    public static final String ORG = "org";
    /** Days since the epoch of the first and last day of the paper's date (one day, a month, a year), for range filters; absent when the year is unknown. */
    public static final String DAY = "day";
    /** The whole paper as JSON, so a hit needs no second look-up. */
    public static final String JSON = "json";
    /** Hash of what is embedded (title and abstract): when it is unchanged, no chunk is re-embedded. */
    public static final String TEXT_HASH = "text_hash";
    /** Hash of the whole record: when it is unchanged, nothing is written. */
    public static final String RECORD_HASH = "record_hash";

    // Chunk documents.
    public static final String PAPER_ID = "paper_id";
    public static final String CHUNK_ORDINAL = "chunk_ordinal";
    public static final String START = "start";
    public static final String END = "end";
    public static final String VECTOR = "vector";

    // Commit user data.
    public static final String META_MODEL = "paperchat.model";
    public static final String META_DIMENSION = "paperchat.dimension";
    public static final String META_SCHEMA = "paperchat.schema";
    /**
     * 2: ids as doc values; 3: whole abstracts as chunks; 4: Krovetz stemming; 5: the names an
     * abstract gives in apposition or with a naming verb ("UniReasoner, a framework", "called
     * CodeQueries"); 6: "SoftCoT++" is a name of its own, the name it extends ("SoftCoT") is not
     * the extending paper's, and the names an abstract defines are indexed to count the papers
     * that define each; 7: a date of a month or a year is indexed as its first and last day, so
     * a date range finds it, and each source's file is indexed; 8: a name given after "our model"
     * ("Our model, SparseMT, routes..."); 9: a name "this study introduces" ("a specialized benchmark
     * (LIConBench)"), and none from a list after a colon ("we introduce a taxonomy: (a) ... (CoT)");
     * 10: the name a paper's own builds on ("Quiet-STaR, a generalization of STaR") is not its name;
     * 11: a name of capitalised words a proposal gives in apposition ("We propose Elastic Reasoning, a framework").
     * 12: sentences glued by scraping ("learning.Experimental") were split (undone in 16: code is written so too);
     * 13: a verb made from an adjective with "-en" is indexed as the adjective ("shortened" as "short");
     * 14: accents are folded ("Schrödinger" as "schrodinger"); 15: of those verbs, "shorten" and "lengthen" only;
     * 16: their adjectives indexed beside them, not for them, and no full stop without a space after it ends a sentence;
     * 17: an acronym a proposal gives as an example ("such as the Intersection over Union (IoU) reward") is not proposed,
     * and an abstract of any format reads "\\textsuperscript{6}" as "^6"; 18: a sentence of proposal names what it proposes, not
     * what that works on or is set against ("CaFFe-Net", not the "Sentinel-1" of "We present CaFFe-Net, a network that ... from Sentinel-1"),
     * and initials joined by full stops end no sentence ("the U.S. Antarctic Program"); 19: a paper is found by its BibTeX key
     * (a .bib entry's own, or the one paperchat gives it: "anon2025right_d32d7f").
     * An older index is rebuilt on open by {@link IndexUpgrade} (an OpenSearch one by
     * OpenSearchUpgrade); any other must be ingested again.
     */
    public static final String SCHEMA_VERSION = "19";
}
