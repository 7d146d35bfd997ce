package dev.paperchat.corpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DOIs and arXiv ids in their canonical forms, whatever URL or prefix they came in. */
public final class Identifiers {
    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    private static final Pattern ARXIV_NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");
    /** Begun only where a run of letters begins, and never given back: 100,000 letters with no "/" took two minutes. */
    private static final Pattern ARXIV_OLD = Pattern.compile("(?<![a-z-])([a-z-]++(\\.[A-Z]{2})?/\\d{7})(v\\d+)?");

    private Identifiers() {}

    /** "https://doi.org/10.1000/XYZ" -> "10.1000/xyz" (DOIs are case-insensitive). */
    public static String doi(String raw) {
        if (raw == null) return null;
        Matcher m = DOI.matcher(raw.strip());
        return m.find() ? m.group(1).replaceAll("[.,;]+$", "").toLowerCase(Locale.ROOT) : null;
    }

    /** The arXiv id of a link to arXiv ("https://arxiv.org/pdf/2401.00001v3"), null for any other link. */
    public static String arxivOfLink(String url) {
        return url != null && url.strip().matches("(?i)https?://(www\\.|export\\.)?arxiv\\.org/(abs|pdf)/.*") ? arxiv(url) : null;
    }

    /** "http://arxiv.org/abs/2401.00001v2" or "arXiv:2401.00001" -> "2401.00001": versions are one work. */
    public static String arxiv(String raw) {
        if (raw == null) return null;
        String s = raw.strip().replaceFirst("(?i)^arxiv:", "");
        Matcher m = ARXIV_NEW.matcher(s);
        if (m.find()) return m.group(1);
        m = ARXIV_OLD.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
