package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * What a source must state to be a claim's: its figures ({@link Numbers}) and the names of the
 * models and benchmarks it gives ({@link ModelNames}). Wording alone is no check: "o3-mini
 * reaches 83.1%" is as close to a sentence about GPT-4o reaching 99.9% as to the right one.
 */
public final class Specifics {
    private Specifics() {}

    /** The claim's figures that the source does not state, then the names it does not write ("99.9", "GPT-4o"). */
    public static List<String> unstated(String claim, String source) {
        List<String> unstated = new ArrayList<>(Numbers.unstated(claim, source));
        unstated.addAll(ModelNames.unwritten(claim, source));
        return List.copyOf(unstated);
    }
}
