package dev.paperchat.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The whole words of an embedding model's WordPiece vocabulary: some 20,000 common English words
 * and terms of its training text. A word it lacks that is one letter away from a word of the
 * collection ("vison") is likelier a typo than a word the collection lacks ("plant").
 */
public final class Vocabulary {
    /** No vocabulary known (a model without a WordPiece tokenizer): every word may be a real one. */
    public static final Vocabulary NONE = new Vocabulary(Set.of());

    private final Set<String> words;

    private Vocabulary(Set<String> words) {
        this.words = words;
    }

    /** The vocabulary of a Hugging Face {@code tokenizer.json}; empty when its model is not WordPiece. */
    public static Vocabulary read(InputStream tokenizerJson) {
        try (tokenizerJson) {
            JsonNode model = new ObjectMapper().readTree(tokenizerJson).path("model");
            if (!"WordPiece".equals(model.path("type").asText())) return NONE;
            Set<String> words = new HashSet<>();
            model.path("vocab").fieldNames().forEachRemaining(token -> {
                if (!token.startsWith("##") && !token.startsWith("[")) words.add(token);
            });
            return new Vocabulary(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer's vocabulary", e);
        }
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Whether the word, in any case, or another form of it is one token of the vocabulary: the
     * vocabulary has "invented" but not "invents".
     */
    public boolean knows(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (words.contains(lower)) return true;
        for (String suffix : SUFFIXES) {
            if (!lower.endsWith(suffix) || lower.length() - suffix.length() < 3) continue;
            String base = lower.substring(0, lower.length() - suffix.length());
            for (String other : FORMS) if (words.contains(base + other)) return true;
        }
        return false;
    }

    private static final List<String> SUFFIXES = List.of("s", "es", "ed", "d", "ing", "er", "ers", "ly");
    private static final List<String> FORMS = List.of("", "e", "s", "ed", "ing", "er");
}
