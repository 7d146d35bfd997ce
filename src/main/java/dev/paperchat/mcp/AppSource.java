package dev.paperchat.mcp;

import dev.paperchat.app.PaperChat;
import java.util.function.Supplier;

/** The app the tools read, which a first run of {@code paperchat mcp} may still be filling with the sample corpus. */
@FunctionalInterface
public interface AppSource extends Supplier<PaperChat> {
    /** Whether {@link #get()} answers at once; false while a first run ingests the sample. */
    default boolean ready() {
        return true;
    }
}
