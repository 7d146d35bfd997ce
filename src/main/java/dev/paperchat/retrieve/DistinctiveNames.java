package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Snapshot;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * A name identifies a paper only if hardly any other paper uses it, or only one paper
 * introduces it and few use it: "GRPO" names no single paper, "Coconut" does. A name of several
 * words is as rare as its rarest word. A word the collection uses widely with a version number
 * ("GPT4", "Llama3") is that thing, which other papers write apart ("GPT-4"), not this paper's
 * name. Judged for many names at once, in one look-up of their words.
 */
final class DistinctiveNames {
    /** A paper and one that cites its method by name. */
    static final int MAX_PAPERS_PER_NAME = 2;
    /**
     * A name only one paper defines ("we introduce a new paradigm Coconut (Chain of Continuous
     * Thought)") is that paper's, though a few others use it, unless more than one paper in this
     * many does: then it has become a term of the field. In the sample, Coconut and MIA (3 of 300
     * papers each) are names now; DPO (6) is not: at 1 in 50 it was, and its paper came first for
     * a question on "DPO-like" methods that it does not answer.
     */
    static final int OWN_NAME_USERS_DIVISOR = 100;
    /** A short name with a capital after a small letter, which no plural is: "MinD", "StAR", "LoRA"; not "LLMs". */
    private static final Pattern CODED_CASE = Pattern.compile("(?=\\p{Lu}\\p{L}{2,5}$)(?=.*\\p{Ll}\\p{Lu}).*");
    /** A word and a version number: "GPT4", "GPT4o", "Llama3-8B", "Qwen2-VL". */
    private static final Pattern VERSIONED = Pattern.compile("([A-Za-z]{2,})\\d+(?:[a-z]|[.-].*)?");

    private final Analyzer analyzer;

    DistinctiveNames(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Of the names given, those that identify a paper of the snapshot. */
    Function<List<String>, Set<String>> in(Snapshot snapshot) {
        return names -> {
            Map<String, List<String>> termsOf = new HashMap<>();
            Map<String, List<String>> versionedTermsOf = new HashMap<>();
            for (String name : names) {
                termsOf.put(name, QueryTerms.distinct(analyzer, Fields.CONTENTS, name));
                Matcher version = VERSIONED.matcher(name);
                if (version.matches()) versionedTermsOf.put(name, QueryTerms.distinct(analyzer, Fields.CONTENTS, version.group(1)));
            }
            Set<String> allTerms = new HashSet<>();
            termsOf.values().forEach(allTerms::addAll);
            versionedTermsOf.values().forEach(allTerms::addAll);
            Map<String, Integer> freqs = allTerms.isEmpty() ? Map.of() : snapshot.docFreqs(Fields.CONTENTS, allTerms);
            Map<String, Integer> introducers = snapshot.docFreqs(Fields.NAME_KEYS, MethodNames.keys(names));
            ToIntFunction<List<String>> papersUsing = terms -> terms.stream().mapToInt(t -> freqs.getOrDefault(t, 0)).min().orElse(Integer.MAX_VALUE);
            long ownNameUsers = Math.max(MAX_PAPERS_PER_NAME, snapshot.paperCount() / OWN_NAME_USERS_DIVISOR);
            Set<String> distinctive = new HashSet<>();
            termsOf.forEach((name, terms) -> {
                List<String> versioned = versionedTermsOf.get(name);
                boolean versionOfCommonWord = versioned != null && !versioned.isEmpty() && papersUsing.applyAsInt(versioned) > MAX_PAPERS_PER_NAME;
                int users = papersUsing.applyAsInt(terms);
                // "MinD" (Multi-Turn Decomposition) is written as no common "mind" is: its capitals make it the one paper's that defines it.
                boolean ownName = introducers.getOrDefault(MethodNames.key(name), 0) == 1 && (users <= ownNameUsers || CODED_CASE.matcher(name).matches());
                if ((users <= MAX_PAPERS_PER_NAME || ownName) && !versionOfCommonWord) distinctive.add(name);
            });
            return distinctive;
        };
    }
}
