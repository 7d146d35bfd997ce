package dev.paperchat.retrieve;

import java.util.List;
import java.util.Set;

/**
 * Which of some papers mention a phrase ("use Qwen", "a KL penalty"): those whose title or
 * abstract holds every word of it that few papers use, or whose organisation holds the rest
 * ("from Tencent"), each with the sentence that holds most.
 *
 * @param words the phrase's words that few papers use, as written ("Qwen"); empty when every word
 *              is common, and the phrase then tells no paper from another
 * @param papers the papers that mention them, in the order asked, each with that sentence
 * @param byOrganization the ids of those papers that need their organisation for it
 */
public record Mentions(List<String> words, List<PaperHit> papers, Set<String> byOrganization) {
    /** A word in more than this share of the collection's papers is too common to tell papers apart. */
    static final double MAX_SHARE = 0.25;

    public Mentions {
        words = List.copyOf(words);
        papers = List.copyOf(papers);
        byOrganization = Set.copyOf(byOrganization);
    }
}
