package dev.paperchat.retrieve;

import java.util.ArrayList;
import java.util.List;

/**
 * A word's regular inflections and its base, which the stemmer does not always join: it knows no
 * "flipping" for "flip" nor "teaching" for "teach", so a question's "flip" found no paper that
 * flips rewards, and "teaching themselves" no title that says "Teach Themselves".
 */
final class Inflections {
    private static final List<String> ENDINGS = List.of("ing", "ed", "es", "s");
    private static final String VOWELS = "aeiou";

    private Inflections() {}

    /** "flip": "flips", "flipped", "flipping"; "make": "makes", "making"; "flipping": "flip"; lower case in, lower case out. */
    static List<String> of(String word) {
        List<String> forms = new ArrayList<>();
        if (word.length() < 3) return forms;
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                String base = word.substring(0, word.length() - ending.length());
                forms.add(base);
                // "flipped" of "flip", "making" of "make".
                if (base.length() >= 4 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) forms.add(base.substring(0, base.length() - 1));
                if (!ending.equals("s")) forms.add(base + "e");
            }
        }
        String stem = word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
        for (String ending : ENDINGS) forms.add((ending.equals("s") ? word : stem) + ending);
        char last = word.charAt(word.length() - 1);
        boolean doubles = VOWELS.indexOf(last) < 0 && "wxy".indexOf(last) < 0 && VOWELS.indexOf(word.charAt(word.length() - 2)) >= 0
                && VOWELS.indexOf(word.charAt(word.length() - 3)) < 0;
        if (doubles) for (String ending : List.of("ed", "ing")) forms.add(word + last + ending);
        forms.remove(word);
        return forms.stream().distinct().toList();
    }

    /** Whether one word is an inflection of the other: "teaching" and "teach", "flip" and "flipping". */
    static boolean related(String a, String b) {
        // Every form keeps the word's first two letters and is at most four longer or shorter
        // ("flip", "flipping"): a cheap test first, as this runs for every pair of title and query words.
        if (Math.abs(a.length() - b.length()) > 4 || !a.regionMatches(0, b, 0, 2)) return false;
        return a.length() >= 3 && b.length() >= 3 && (of(a).contains(b) || of(b).contains(a));
    }
}
