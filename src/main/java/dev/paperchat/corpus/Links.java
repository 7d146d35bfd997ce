package dev.paperchat.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the URLs (code repositories, project pages) that abstracts mention. */
final class Links {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()\\[\\]{}]+");

    private Links() {}

    static List<String> find(String text) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            // A sentence that ends with a URL leaves its full stop on it.
            links.add(m.group().replaceAll("[.,;:]+$", ""));
        }
        return List.copyOf(links);
    }
}
