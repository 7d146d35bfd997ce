package dev.paperchat.corpus;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Atom XML an arXiv API query returns. Read with a streaming parser that resolves no DTD
 * and no external entity, so a hostile file cannot make it read local files or the network.
 */
public final class ArxivAtomParser implements PaperParser {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    @Override
    public String format() {
        return "arxiv";
    }

    @Override
    public boolean accepts(String fileName, String head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".atom") || name.endsWith(".xml") || head.contains("<feed") || head.startsWith("<?xml");
    }

    @Override
    public ParseResult parse(String file, List<String> lines) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        // An empty file holds no entry, as an empty file of any other format holds no paper.
        if (lines.stream().allMatch(String::isBlank)) return new ParseResult(papers, errors);
        XMLStreamReader xml = null;
        int entries = 0;
        boolean feed = false;
        try {
            xml = factory().createXMLStreamReader(new StringReader(String.join("\n", lines)));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    // arXiv never sends one; a DTD in a feed is how entity attacks (XXE) begin.
                    errors.add(new ParseError(file, xml.getLocation().getLineNumber(),
                            "document type declarations are not allowed (external entities); file skipped"));
                    return new ParseResult(List.of(), errors);
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("feed") && ATOM.equals(xml.getNamespaceURI())) feed = true;
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("entry") && ATOM.equals(xml.getNamespaceURI())) {
                    int line = xml.getLocation().getLineNumber();
                    Entry entry = entry(xml);
                    if (entry.id != null && entry.id.contains("arxiv.org/api/errors")) {
                        // A query the API refused is answered with a feed of one entry titled "Error": no paper.
                        errors.add(new ParseError(file, line, "the arXiv API answered with an error, not papers: \""
                                + (entry.summary == null ? entry.id : entry.summary.strip()) + "\""));
                        continue;
                    }
                    entries++;
                    try {
                        String named = "arXiv entry " + (entry.id == null ? "" : entry.id + " ");
                        papers.add(entry.toPaper(new Source(file, line), warning -> errors.add(ParseError.warning(file, line, named + warning))));
                    } catch (RuntimeException e) {
                        errors.add(new ParseError(file, line, "arXiv entry " + (entry.id == null ? "" : entry.id + " ") + ParseError.reason(e) + "; skipped"));
                    }
                }
            }
            if (feed && entries == 0 && errors.isEmpty()) errors.add(ParseError.warning(file, 1, "the arXiv feed holds no entries (its query found nothing, or the page starts past its last result)"));
        } catch (RuntimeException e) {
            // The JDK's parser throws unchecked exceptions on some malformed DTDs (found by fuzzing).
            int line = xml == null ? 1 : Math.max(1, xml.getLocation().getLineNumber());
            errors.add(new ParseError(file, line, "malformed XML: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            // The parser says -1 for "premature end of file": the error is at the last line.
            if (line < 1) line = Math.max(1, lines.size());
            errors.add(new ParseError(file, line, "malformed XML: " + e.getMessage().replaceAll("\\s+", " ")
                    .replaceFirst("^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\] Message: ", "")));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Nothing was held open beyond the in-memory string.
                }
            }
        }
        return new ParseResult(papers, errors);
    }

    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]{0,200}>");

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static final class Entry {
        String id, title, summary, published, doi, journalRef, absLink, pdfLink;
        final List<String> authors = new ArrayList<>();
        final List<String> categories = new ArrayList<>();

        Paper toPaper(Source source, Consumer<String> warn) {
            return Paper.builder(clean(title), clean(summary), source).authors(authors)
                    .date(published == null ? null : published.substring(0, Math.min(10, published.length())))
                    .venue(clean(journalRef)).keywords(categories).arxiv(id).doi(doi)
                    // An entry without its links still has its abstract page for an id: "http://arxiv.org/abs/2403.09629v2".
                    .link(absLink != null ? absLink : id != null && id.matches("https?://\\S+") ? id : null).link(pdfLink).build(warn);
        }

        private static String clean(String text) {
            return text == null ? null : text.replaceAll("\\s+", " ").strip();
        }
    }

    /**
     * The text of the element the reader is at, markup inside it dropped: a feed may give a title
     * as HTML ({@code <title>On <i>x</i></title>}), which {@code getElementText} refuses.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> text.append(xml.getText());
                default -> { }
            }
        }
        return text.toString();
    }

    /** Atom's type="html" text is markup escaped once ("&lt;i&gt;Quiet&lt;/i&gt;"): its tags are dropped too. */
    private static String textOrHtml(XMLStreamReader xml) throws XMLStreamException {
        boolean html = "html".equalsIgnoreCase(xml.getAttributeValue(null, "type"));
        String text = text(xml);
        return html ? HTML_TAG.matcher(text).replaceAll("") : text;
    }

    private static Entry entry(XMLStreamReader xml) throws XMLStreamException {
        Entry entry = new Entry();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI();
            if (ATOM.equals(ns) && name.equals("author")) {
                depth++;
                continue;
            }
            switch (ATOM.equals(ns) ? name : ARXIV.equals(ns) ? "arxiv:" + name : "") {
                case "id" -> entry.id = text(xml);
                case "title" -> entry.title = textOrHtml(xml);
                case "summary" -> entry.summary = textOrHtml(xml);
                case "published" -> entry.published = text(xml);
                case "name" -> entry.authors.add(text(xml).strip());
                case "arxiv:doi" -> entry.doi = text(xml);
                case "arxiv:journal_ref" -> entry.journalRef = text(xml);
                case "category" -> {
                    String term = xml.getAttributeValue(null, "term");
                    if (term != null && !term.isBlank()) entry.categories.add(term.strip());
                    depth++;
                }
                case "link" -> {
                    link(entry, xml);
                    depth++;
                }
                default -> depth++;
            }
        }
        return entry;
    }

    private static void link(Entry entry, XMLStreamReader xml) {
        String href = xml.getAttributeValue(null, "href");
        if ("pdf".equals(xml.getAttributeValue(null, "title"))) entry.pdfLink = href;
        else if ("alternate".equals(xml.getAttributeValue(null, "rel"))) entry.absLink = href;
    }
}
