package dev.paperchat.cli;

import java.io.Console;

/** Whether a person watches the output as it is drawn, or it goes to a file, a pipe or a CI log. */
final class Terminal {
    private Terminal() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        // From Java 22 a console exists even when output is redirected, and says so in isTerminal();
        // the project is compiled for 21, where a console exists only on a terminal.
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
