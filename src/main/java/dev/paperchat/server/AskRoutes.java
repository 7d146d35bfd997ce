package dev.paperchat.server;

import dev.paperchat.answer.Answer;
import dev.paperchat.answer.AnswerMode;
import dev.paperchat.answer.Question;
import dev.paperchat.answer.Turn;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.retrieve.SearchRequest;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code POST /api/ask}: a cited answer as JSON, or streamed as Server-Sent Events. */
final class AskRoutes {
    private final ApiServer server;

    AskRoutes(ApiServer server) {
        this.server = server;
    }

    record FiltersRequest(String from, String to, String org) {}

    /** Checked after reading, so a turn that names a field wrongly ("text") is told so, not that its content is missing. */
    record TurnRequest(String role, String content) {}

    /** Filters in {@code filters}, or flat ({@code from}, {@code to}, {@code org}) as a search takes them. */
    record AskRequest(String question, List<TurnRequest> history, Integer k, String mode, FiltersRequest filters, String from, String to, String org,
                      Boolean stream) {}

    void register() {
        server.route(HandlerType.POST, "/api/ask", this::ask);
    }

    /**
     * Whether the Accept header ranks an event stream above JSON: by their q values, then by which comes first.
     * "application/json, text/event-stream", what MCP-style clients send, asks for JSON first; it had got a stream.
     */
    static boolean prefersEvents(String accept) {
        if (accept == null) return false;
        double events = -1, json = -1;
        String[] types = accept.split(",");
        for (int i = 0; i < types.length; i++) {
            String[] parts = types[i].split(";");
            String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int p = 1; p < parts.length; p++) {
                String[] param = parts[p].strip().split("=", 2);
                if (param.length == 2 && param[0].strip().equals("q")) q = quality(param[1].strip());
            }
            // An earlier type of the same q ranks higher: a small tie-breaker by position.
            double rank = q - i * 1e-6;
            if (type.equals("text/event-stream") && q > 0 && events < 0) events = rank;
            if (type.equals("application/json") && q > 0 && json < 0) json = rank;
        }
        return events >= 0 && events > json;
    }

    private static double quality(String q) {
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void ask(Context ctx) {
        AskRequest request = Requests.body(ctx, AskRequest.class);
        Question question = question(request);
        String accept = ctx.header("Accept");
        // "stream" said outright wins over the Accept header.
        boolean stream = request.stream() != null ? request.stream() : prefersEvents(accept);
        if (!stream) {
            ctx.json(server.app().assistant().ask(question));
            return;
        }
        server.stream(ctx, () -> {
            var app = server.app();
            Sse sse = new Sse(ctx);
            try (var alive = sse.keepAlive()) {
                Answer answer = app.assistant().ask(question, delta -> sse.event("delta", Map.of("text", delta)),
                        sources -> sse.event("sources", Map.of("sources", sources)));
                sse.event("answer", answer);
            } catch (Sse.ClientGone gone) {
                // Nobody is reading; the answer was abandoned on purpose.
            } catch (RuntimeException e) {
                Failure failure = Failure.midStream(e, ctx.method().name(), ctx.path());
                sse.event("error", new ErrorBody(failure.error(), failure.message(), failure.status()));
            }
        });
    }

    private Question question(AskRequest r) {
        if (r.question() == null) throw ApiException.badRequest("field \"question\" is required");
        if (TypedText.isBlank(r.question())) throw ApiException.badRequest("field \"question\" must not be empty");
        int maxChars = server.config().maxQuestionChars();
        if (SearchRequest.characters(r.question()) > maxChars) {
            throw ApiException.badRequest("field \"question\" must be at most " + maxChars + " characters, was " + SearchRequest.characters(r.question()));
        }
        if (r.k() != null && (r.k() < 1 || r.k() > Question.MAX_K)) {
            throw ApiException.badRequest("field \"k\" must be between 1 and " + Question.MAX_K + ", was " + r.k());
        }
        List<Turn> history = history(r.history() == null ? List.of() : r.history());
        return new Question(r.question(), history, r.k() == null ? Question.DEFAULT_K : r.k(), Requests.field(() -> AnswerMode.parse(r.mode())),
                Requests.bodyFilters(r.filters(), r.from(), r.to(), r.org()));
    }

    private static List<Turn> history(List<TurnRequest> turns) {
        if (turns.size() > Turn.MAX_HISTORY) {
            throw ApiException.badRequest("field \"history\" must have at most " + Turn.MAX_HISTORY + " turns, had " + turns.size());
        }
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            TurnRequest turn = turns.get(i);
            if (turn == null) throw ApiException.badRequest("field \"history[" + i + "]\" must be a {role, content} object, was null");
            try {
                history.add(new Turn(turn.role(), turn.content()));
            } catch (InvalidInputException e) {
                throw ApiException.badRequest("field \"history[" + i + "]\": " + e.getMessage());
            }
        }
        return history;
    }
}
