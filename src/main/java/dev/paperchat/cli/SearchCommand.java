package dev.paperchat.cli;

import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.SearchView;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SearchRequest;
import dev.paperchat.retrieve.SearchResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "List the papers that best match a question, claim or title, with the best-matching sentence.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (words are joined with spaces).")
    List<String> words;

    @Option(names = {"-k", "--k"}, defaultValue = "10", description = "Number of papers (1-50, default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--offset", defaultValue = "0", description = "Leave out this many of the best papers, for the next page; a search ranks 50, so the last page is short.")
    int offset;

    @Mixin
    FilterOptions filterOptions;

    @Override
    public Integer call() {
        SearchRequest request = SearchRequest.page(String.join(" ", words), offset, k, filterOptions.filters());
        try (PaperChat app = new PaperChat(common.existingIndex())) {
            SearchResult result = app.retriever().search(request);
            SearchView view = SearchView.of(result, request.filters(), offset);
            if (common.json) {
                System.out.println(Json.write(view));
            } else {
                print(result, view.notices(), offset);
            }
            return 0;
        }
    }

    private static void print(SearchResult result, List<String> notices, int offset) {
        notices.forEach(notice -> System.out.println("(" + notice + ")"));
        if (result.hits().size() <= offset) System.out.println("No papers found.");
        int rank = offset + 1;
        for (PaperHit hit : result.hits().subList(Math.min(offset, result.hits().size()), result.hits().size())) {
            System.out.printf("%2d. %s  (%.4f)%n", rank++, hit.paper().title(), hit.score());
            if (hit.bestSentence() != null) System.out.println("    \"" + hit.bestSentence().text() + "\"");
        }
        if (!result.covered()) System.out.println("(weak evidence: the collection may not cover this query)");
    }
}
