package dev.paperchat.index;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The papers of one unchanging part of the index (a Lucene segment, or a whole remote index at
 * one generation), so that what is built from their titles can be cached by {@code key}.
 *
 * @param live whether a paper of the part, by {@link NamedPaper#doc()}, is still current
 * @param onRelease registers what to run when the part is gone
 */
public record TitleSegment(Object key, Supplier<List<NamedPaper>> papers, IntPredicate live, Consumer<Runnable> onRelease) {}
