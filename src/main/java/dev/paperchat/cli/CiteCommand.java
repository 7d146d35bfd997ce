package dev.paperchat.cli;

import dev.paperchat.app.CiteView;
import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.PaperView;
import dev.paperchat.corpus.Bibtex;
import dev.paperchat.corpus.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cite", mixinStandardHelpOptions = true,
        description = "Find the paper behind a half-remembered title or a claim, with the sentence and BibTeX.")
final class CiteCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--title", description = "A title, partial title, acronym or name, typos allowed.")
        String title;

        @Option(names = "--claim", description = "A claim: which abstract sentence states it?")
        String claim;

        @Option(names = "--id", description = "A paper id, DOI, arXiv id or BibTeX key: print its BibTeX entry.")
        String id;
    }

    @Option(names = {"-k", "--k"}, defaultValue = "3", description = "Number of matches (default ${DEFAULT-VALUE}).")
    int k;

    @Override
    public Integer call() {
        try (PaperChat app = new PaperChat(common.existingIndex())) {
            if (what.id != null) {
                var paper = app.index().paperByAnyId(what.id.strip())
                        .orElseThrow(() -> new InvalidInputException("no paper with id, DOI, arXiv id or BibTeX key " + what.id));
                System.out.print(common.json ? Json.write(PaperView.of(paper)) + "\n" : Bibtex.entry(paper));
                return 0;
            }
            CiteView view = CiteView.lookUp(app.lookup(), what.title != null ? "title" : "claim",
                    what.title != null ? what.title : what.claim, k);
            if (common.json) {
                System.out.println(Json.write(view));
                return 0;
            }
            view.notices().forEach(System.out::println);
            List<CiteView> lookups = view.claims().isEmpty() ? List.of(view) : view.claims();
            Set<String> entries = new LinkedHashSet<>();
            for (int i = 0; i < lookups.size(); i++) {
                if (!view.claims().isEmpty()) System.out.printf("%nClaim %d: \"%s\"%n", i + 1, lookups.get(i).query());
                print(lookups.get(i));
                lookups.get(i).source().ifPresent(source -> entries.add(source.id()));
            }
            for (String id : entries) {
                System.out.println();
                System.out.print(Bibtex.entry(app.index().paper(id).orElseThrow()));
            }
            return 0;
        }
    }

    private static void print(CiteView view) {
        if (!view.respelled().isEmpty()) System.out.println("(" + view.respellingNotice() + ")");
        if (view.saysNotFound()) System.out.println(view.notFound() + (view.results().isEmpty() ? "" : " Closest:"));
        for (CiteView.Result r : view.results()) {
            System.out.printf("%s  (confidence %.2f, id %s)%n", r.title(), r.confidence(), r.id());
            if (r.sentence() != null) System.out.println("    \"" + r.sentence() + "\"");
            if (!CiteView.note(r).isEmpty()) System.out.println("    " + CiteView.note(r));
        }
    }
}
