package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RIS, what most publishers and reference managers export: "TY  - JOUR" ... "ER  - " per record. */
public final class RisParser implements PaperParser {
    /** A tag line; its value may hold any character, a line separator (U+2028) or U+0085 too, which "." alone would not take. */
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  - ?(.*)$", Pattern.DOTALL);
    /**
     * Exporters' slips: "TY - JOUR" with one space, "ty  - JOUR" in lower case. Read for RIS's own tags alone: a wrapped
     * abstract's line may start "AI - driven".
     */
    private static final Pattern LOOSE_TAG = Pattern.compile("^([A-Za-z][A-Za-z0-9]) {1,2}- ?(.*)$", Pattern.DOTALL);
    private static final Set<String> TAGS = Set.of("TY", "ER", "TI", "T1", "T2", "T3", "AB", "N2", "AU", "A1", "A2", "A3", "DA", "PY", "Y1",
            "Y2", "JO", "JF", "JA", "BT", "KW", "DO", "UR", "ID", "VL", "IS", "SP", "EP", "PB", "CY", "SN", "N1", "LA", "L1", "L2", "M3", "ET",
            "AN", "DB", "DP", "ST", "C1", "C2");

    @Override
    public String format() {
        return "ris";
    }

    @Override
    public boolean accepts(String fileName, String head) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".ris") || head.startsWith("TY  - ");
    }

    @Override
    public ParseResult parse(String file, List<String> lines) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        Map<String, List<String>> record = null;
        int start = 0;
        String lastTag = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = tagLine(line);
            if (m == null) {
                // Continuation of a long field (some exporters wrap abstracts).
                if (record != null && lastTag != null && !line.isBlank()) {
                    List<String> values = record.get(lastTag);
                    values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                }
                continue;
            }
            String tag = m.group(1).toUpperCase(Locale.ROOT), value = m.group(2).strip();
            if (tag.equals("TY")) {
                if (record != null) errors.add(new ParseError(file, start, "record without \"ER  -\" end; skipped"));
                record = new LinkedHashMap<>();
                start = i + 1;
            } else if (record == null) {
                errors.add(new ParseError(file, i + 1, "\"" + tag + "\" line outside a record (no \"TY  -\" before it)"));
                continue;
            } else if (tag.equals("ER")) {
                add(record, file, start, papers, errors);
                record = null;
                continue;
            }
            record.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
            lastTag = tag;
        }
        if (record != null) errors.add(new ParseError(file, start, "record without \"ER  -\" end (truncated file?); skipped"));
        return new ParseResult(papers, errors);
    }

    /** The line's tag and value, or null for a line of a wrapped field. */
    private static Matcher tagLine(String line) {
        Matcher strict = TAG.matcher(line);
        if (strict.matches()) return strict;
        Matcher loose = LOOSE_TAG.matcher(line);
        return loose.matches() && TAGS.contains(loose.group(1).toUpperCase(Locale.ROOT)) ? loose : null;
    }

    /** RIS reference types as BibTeX names them; the others export as a BibTeX entry of no particular type. */
    private static final Map<String, String> ENTRY_TYPES = Map.of("JOUR", "article", "JFULL", "article", "CONF", "inproceedings",
            "CPAPER", "inproceedings", "BOOK", "book", "CHAP", "incollection", "THES", "phdthesis", "RPRT", "techreport");

    private static void add(Map<String, List<String>> r, String file, int line, List<Paper> papers, List<ParseError> errors) {
        try {
            String date = first(r, "DA", "PY", "Y1");
            papers.add(Paper.builder(first(r, "TI", "T1"), first(r, "AB", "N2"), new Source(file, line))
                    .authors(all(r, "AU", "A1"))
                    .date(date == null ? null : date.replace('/', '-').replaceAll("-+$", ""))
                    .venue(first(r, "T2", "JO", "JF", "BT"))
                    .entryType(ENTRY_TYPES.get(String.valueOf(first(r, "TY")).strip().toUpperCase(Locale.ROOT)))
                    .keywords(all(r, "KW"))
                    .doi(first(r, "DO"))
                    .arxiv(Identifiers.arxivOfLink(first(r, "UR")))
                    .link(first(r, "UR"))
                    .citationKey(first(r, "ID"))
                    .build(warning -> errors.add(ParseError.warning(file, line, "record: " + warning))));
        } catch (RuntimeException e) {
            errors.add(ParseError.rejected(file, line, "record " + ParseError.reason(e) + "; skipped", e));
        }
    }

    private static String first(Map<String, List<String>> r, String... tags) {
        for (String tag : tags) if (r.containsKey(tag) && !r.get(tag).get(0).isBlank()) return r.get(tag).get(0);
        return null;
    }

    /** RIS writes "Last, First"; paperchat keeps "First Last". */
    private static List<String> all(Map<String, List<String>> r, String... tags) {
        List<String> values = new ArrayList<>();
        for (String tag : tags) {
            for (String v : r.getOrDefault(tag, List.of())) {
                int comma = v.indexOf(',');
                values.add(comma < 0 || !tag.startsWith("A") ? v : (v.substring(comma + 1).strip() + " " + v.substring(0, comma).strip()).strip());
            }
        }
        return values;
    }
}
