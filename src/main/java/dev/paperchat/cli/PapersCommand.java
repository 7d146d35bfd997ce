package dev.paperchat.cli;

import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.PaperList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "papers", mixinStandardHelpOptions = true,
        description = "List the papers of the index in id order, a page at a time: id, date, organisation and title.")
final class PapersCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    FilterOptions filterOptions;

    @Option(names = "--offset", defaultValue = "0", description = "Papers to skip (default 0).")
    int offset;

    @Option(names = "--limit", defaultValue = "50", description = "Papers to list, at most " + PaperList.MAX_LIMIT + " (default 50).")
    int limit;

    @Option(names = "--abstracts", description = "Give each paper's abstract too: under its line, or as abstractText with --json.")
    boolean abstracts;

    @Override
    public Integer call() {
        try (PaperChat app = new PaperChat(common.existingIndex())) {
            PaperList list = PaperList.of(app, filterOptions.filters(), offset, limit, abstracts);
            if (common.json) {
                System.out.println(Json.write(list));
                return 0;
            }
            list.notices().forEach(notice -> System.out.println("(" + notice + ")"));
            for (PaperList.Entry p : list.papers()) {
                System.out.println(p.id() + "  " + (p.date() == null ? "-" : p.date()) + "  " + (p.organization() == null ? "-" : p.organization())
                        + "  " + p.title());
                if (abstracts) System.out.println("    " + p.abstractText() + "\n");
            }
            int last = Math.min(list.offset() + list.papers().size(), list.total());
            System.out.println("(" + (list.papers().isEmpty() ? "none" : (list.offset() + 1) + "-" + last) + " of " + list.total() + " papers"
                    + (last < list.total() ? "; the next page: --offset " + last : "") + ")");
            return 0;
        }
    }
}
