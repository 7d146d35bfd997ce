package dev.paperchat.server;

import dev.paperchat.app.CiteView;
import dev.paperchat.app.PaperList;
import dev.paperchat.app.PaperView;
import dev.paperchat.app.SearchView;
import dev.paperchat.corpus.Bibtex;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.CitationLookup;
import dev.paperchat.retrieve.SearchRequest;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Set;

/** Search, papers, BibTeX and citation lookup. */
final class PaperRoutes {
    private final ApiServer server;

    PaperRoutes(ApiServer server) {
        this.server = server;
    }

    void register() {
        server.route(HandlerType.GET, "/api/search", Set.of("q", "k", "offset", "from", "to", "org"), this::search);
        server.route(HandlerType.POST, "/api/search", this::searchLong);
        server.route(HandlerType.GET, "/api/papers", Set.of("offset", "limit", "from", "to", "org", "abstracts"), this::list);
        // <id> takes slashes, as DOIs have them; the longer route is registered first so that it wins.
        server.route(HandlerType.GET, "/api/papers/<id>/bibtex", this::bibtex);
        server.route(HandlerType.GET, "/api/papers/<id>", this::paper);
        server.route(HandlerType.DELETE, "/api/papers/<id>", this::remove);
        server.route(HandlerType.GET, "/api/cite", Set.of("title", "claim", "k"), this::cite);
        server.route(HandlerType.POST, "/api/cite", this::citeLong);
    }

    private void search(Context ctx) {
        int offset = Requests.intQuery(ctx, "offset", 0, 0, SearchRequest.MAX_K - 1);
        SearchRequest request = Requests.named(() -> SearchRequest.page(Requests.requiredQuery(ctx, "q"), offset,
                Requests.intQuery(ctx, "k", 10, 1, SearchRequest.MAX_K), Requests.queryFilters(ctx)), field -> "query parameter \"" + field + "\"");
        search(ctx, request, offset);
    }

    private void search(Context ctx, SearchRequest request, int offset) {
        ctx.json(SearchView.of(server.app().retriever().search(request), request.filters(), offset));
    }

    /** A passage too long for a URL (servers refuse a request line of about 8 KB) is searched with the same fields in a JSON body. */
    private void searchLong(Context ctx) {
        SearchBody body = Requests.body(ctx, SearchBody.class);
        if (body.q() == null) throw ApiException.badRequest("field \"q\" is required");
        if (TypedText.isBlank(body.q())) throw ApiException.badRequest("field \"q\" must not be empty");
        if (!TypedText.hasWords(body.q())) throw ApiException.badRequest("field \"q\" " + SearchRequest.NO_WORDS);
        if (SearchRequest.characters(body.q()) > SearchRequest.MAX_QUERY_CHARS) {
            throw ApiException.badRequest("field \"q\" must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters, was " + SearchRequest.characters(body.q()));
        }
        int offset = body.offset() == null ? 0 : body.offset();
        Filters filters = Requests.bodyFilters(body.filters(), body.from(), body.to(), body.org());
        search(ctx, Requests.named(() -> SearchRequest.page(body.q(), offset, body.k() == null ? 10 : body.k(), filters),
                field -> "field \"" + field + "\""), offset);
    }

    /** Filters flat, as GET's parameters are, or in {@code filters}, as POST /api/ask takes them: one helper builds both bodies. */
    record SearchBody(String q, Integer k, Integer offset, String from, String to, String org, AskRoutes.FiltersRequest filters) {
        SearchBody {
            if (k != null && (k < 1 || k > SearchRequest.MAX_K)) throw new InvalidInputException("field \"k\" must be between 1 and " + SearchRequest.MAX_K + ", was " + k);
        }
    }

    private void list(Context ctx) {
        try {
            ctx.json(PaperList.of(server.app(), Requests.queryFilters(ctx),
                    Requests.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE), Requests.intQuery(ctx, "limit", 50, 1, PaperList.MAX_LIMIT),
                    Requests.booleanQuery(ctx, "abstracts")));
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private void paper(Context ctx) {
        ctx.json(PaperView.of(find(ctx)));
    }

    private void bibtex(Context ctx) {
        ctx.contentType("text/x-bibtex; charset=utf-8").result(Bibtex.entry(find(ctx)));
    }

    /** A paper no file holds any more (one a {@code {"papers"}} request gave) can only go this way; like ingest, it needs the key. */
    private void remove(Context ctx) {
        server.requireKey(ctx);
        String id = Requests.paperId(ctx);
        Paper removed = server.app().ingester().remove(id).orElseThrow(() -> ApiException.notFound("no paper with id " + id));
        ctx.json(Map.of("removed", Map.of("id", removed.id(), "title", removed.title())));
    }

    private Paper find(Context ctx) {
        String id = Requests.paperId(ctx);
        return server.app().index().paperByAnyId(id).orElseThrow(() -> ApiException.notFound("no paper with id " + id));
    }

    private void cite(Context ctx) {
        String title = ctx.queryParam("title");
        String claim = ctx.queryParam("claim");
        ctx.json(lookup(title, claim, Requests.intQuery(ctx, "k", 5, 1, CitationLookup.MAX_K), "query parameter"));
    }

    private void citeLong(Context ctx) {
        CiteRequest request = Requests.body(ctx, CiteRequest.class);
        ctx.json(lookup(request.title(), request.claim(), request.k() == null ? 5 : request.k(), "field"));
    }

    record CiteRequest(String title, String claim, Integer k) {
        CiteRequest {
            if (k != null && (k < 1 || k > CitationLookup.MAX_K)) {
                throw new InvalidInputException("field \"k\" must be between 1 and " + CitationLookup.MAX_K + ", was " + k);
            }
        }
    }

    /** @param given how the request gave its parts, which errors name them by: "query parameter" or "field" */
    private CiteView lookup(String title, String claim, int k, String given) {
        boolean byTitle = !TypedText.isBlank(title);
        boolean byClaim = !TypedText.isBlank(claim);
        // "claim=" alone was given, but empty: that is what to say, not that none was given.
        if (!byTitle && !byClaim && (title != null) != (claim != null)) {
            throw ApiException.badRequest(given + " \"" + (title != null ? "title" : "claim") + "\" must not be empty");
        }
        if (byTitle == byClaim) {
            throw ApiException.badRequest("give exactly one of \"title\" or \"claim\" (a paper's entry by its id, DOI or arXiv id: GET /api/papers/{id}/bibtex)");
        }
        if (!TypedText.hasWords(byTitle ? title : claim)) throw ApiException.badRequest(given + " \"" + (byTitle ? "title" : "claim") + "\" " + SearchRequest.NO_WORDS);
        if (SearchRequest.characters(byTitle ? title : claim) > SearchRequest.MAX_QUERY_CHARS) {
            throw ApiException.badRequest(given + " \"" + (byTitle ? "title" : "claim") + "\" must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters, was "
                    + SearchRequest.characters(byTitle ? title : claim));
        }
        return CiteView.lookUp(server.app().lookup(), byTitle ? "title" : "claim", byTitle ? title : claim, k);
    }
}
