package dev.paperchat.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paperchat.answer.Answer;
import dev.paperchat.answer.AnswerMode;
import dev.paperchat.answer.Controls;
import dev.paperchat.answer.Question;
import dev.paperchat.answer.Turn;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.retrieve.SearchRequest;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * OpenAI-compatible chat completions, so the official openai clients work unchanged. The last
 * user message is the question, earlier messages the history; the reply is the cited answer,
 * and the extra fields {@code citations} and {@code sources} carry the evidence.
 */
final class OpenAiRoutes {
    static final String MODEL = "paperchat";
    private final ApiServer server;

    OpenAiRoutes(ApiServer server) {
        this.server = server;
    }

    /** paperchat counts no tokens. */
    private static final Map<String, Integer> NO_USAGE = Map.of("prompt_tokens", 0, "completion_tokens", 0, "total_tokens", 0);

    /** OpenAI's request, with paperchat's own {@code k}, {@code mode} and {@code filters} as {@code /api/ask} takes them. */
    record ChatRequest(JsonNode model, List<JsonNode> messages, JsonNode stream, JsonNode k, JsonNode mode, JsonNode filters,
                       @JsonProperty("stream_options") StreamOptions streamOptions, JsonNode n, JsonNode logprobs,
                       @JsonProperty("tool_choice") JsonNode toolChoice, @JsonProperty("response_format") JsonNode responseFormat,
                       JsonNode from, JsonNode to, JsonNode org, JsonNode filter, JsonNode organization, JsonNode organisation,
                       @JsonProperty("date_from") JsonNode dateFrom, @JsonProperty("date_to") JsonNode dateTo) {
        /**
         * What a client relies on and paperchat cannot give is refused, not ignored: a tool call it requires, JSON it
         * will parse, several choices, token probabilities. Sampling fields ("temperature") change nothing a client reads.
         */
        void checkHonoured() {
            // /api/search takes them at the top too; a chat ignoring them would answer over the whole collection.
            Map<String, JsonNode> misplaced = new LinkedHashMap<>();
            misplaced.put("from", from);
            misplaced.put("to", to);
            misplaced.put("org", org);
            misplaced.put("organization", organization);
            misplaced.put("organisation", organisation);
            misplaced.put("date_from", dateFrom);
            misplaced.put("date_to", dateTo);
            misplaced.forEach((name, value) -> {
                if (!absent(value)) {
                    String field = name.startsWith("org") ? "org" : name.replace("date_", "");
                    throw ApiException.badRequest("field \"" + name + "\" is read inside \"filters\": {\"filters\": {\"" + field + "\": " + value + "}}");
                }
            });
            if (!absent(filter)) throw ApiException.badRequest("unknown field \"filter\"; paperchat's is \"filters\": {\"from\", \"to\", \"org\"}");
            if (!absent(n) && !(n.isNumber() && n.doubleValue() == 1)) {
                throw ApiException.badRequest("field \"n\" must be 1: paperchat gives one answer, was " + n);
            }
            if (!absent(logprobs) && !(logprobs.isBoolean() && !logprobs.booleanValue())) {
                throw ApiException.badRequest("field \"logprobs\" must be false: paperchat gives no token probabilities, was " + logprobs);
            }
            boolean toolRequired = !absent(toolChoice) && !(toolChoice.isTextual() && List.of("auto", "none").contains(toolChoice.textValue()));
            if (toolRequired) {
                throw ApiException.badRequest("field \"tool_choice\" must be \"auto\" or \"none\": paperchat calls no tools, was " + toolChoice);
            }
            JsonNode type = absent(responseFormat) ? null : responseFormat.get("type");
            if (!absent(responseFormat) && (type == null || !"text".equals(type.asText()))) {
                throw ApiException.badRequest("field \"response_format\" must be {\"type\": \"text\"}: paperchat answers in cited text, was " + responseFormat);
            }
        }

        /** OpenAI's own fields we read, and paperchat's, must have their types: "stream": "true" and "k": 2.5 are mistakes. */
        boolean streaming() {
            if (absent(stream)) return false;
            if (!stream.isBoolean()) throw ApiException.badRequest("field \"stream\" must be true or false");
            return stream.booleanValue();
        }

        int sources() {
            if (absent(k)) return Question.DEFAULT_K;
            // 5.0 is a whole number too: pandas and JavaScript clients send floats.
            boolean whole = k.isIntegralNumber() && k.canConvertToInt() || k.isFloatingPointNumber() && k.doubleValue() == Math.rint(k.doubleValue());
            if (!whole || k.doubleValue() < 1 || k.doubleValue() > Question.MAX_K) {
                throw ApiException.badRequest("field \"k\" must be a whole number from 1 to " + Question.MAX_K + ", was " + k);
            }
            return k.intValue();
        }

        String answerMode() {
            if (absent(mode)) return null;
            if (!mode.isTextual()) throw ApiException.badRequest("field \"mode\" must be auto, llm or extractive");
            return mode.textValue();
        }

        private static boolean absent(JsonNode node) {
            return node == null || node.isNull();
        }
    }

    /** {@code stream_options}: {@code include_usage} asks for a last chunk with the token counts. */
    record StreamOptions(@JsonProperty("include_usage") Boolean includeUsage) {}

    void register() {
        server.route(HandlerType.GET, "/v1/models", this::models);
        server.route(HandlerType.GET, "/v1/models/{model}", this::model);
        server.route(HandlerType.POST, "/v1/chat/completions", this::completions);
    }

    private void models(Context ctx) {
        ctx.json(Map.of("object", "list", "data", List.of(modelObject())));
    }

    private void model(Context ctx) {
        if (!ctx.pathParam("model").equals(MODEL)) throw new ApiException(404, "not_found", "no model \"" + ctx.pathParam("model") + "\"; the one model is \"" + MODEL + "\"");
        ctx.json(modelObject());
    }

    private static Map<String, Object> modelObject() {
        return Map.of("id", MODEL, "object", "model", "created", 0, "owned_by", "paperchat");
    }

    private void completions(Context ctx) {
        ChatRequest request = Requests.lenientBody(ctx, ChatRequest.class);
        request.checkHonoured();
        Question question = question(request);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        if (!request.streaming()) {
            Answer answer = server.app().assistant().ask(question).withControls(Controls.OPENAI);
            Map<String, Object> body = base(id, "chat.completion", created);
            body.put("choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                    "message", Map.of("role", "assistant", "content", answer.answer() + answer.textNotes()))));
            body.put("usage", NO_USAGE);
            evidence(body, answer);
            ctx.json(body);
            return;
        }
        // A client that asks for usage reads "usage": null on each chunk before the last, as OpenAI sends it.
        boolean usage = request.streamOptions() != null && Boolean.TRUE.equals(request.streamOptions().includeUsage());
        server.stream(ctx, () -> {
            var app = server.app();
            Sse sse = new Sse(ctx);
            try (var alive = sse.keepAlive()) {
                sse.event(null, chunk(id, created, Map.of("role", "assistant", "content", ""), null, usage));
                StringBuilder streamed = new StringBuilder();
                Answer answer = app.assistant().ask(question, delta -> {
                    streamed.append(delta);
                    sse.event(null, chunk(id, created, Map.of("content", delta), null, usage));
                }).withControls(Controls.OPENAI);
                // An OpenAI client shows the content only: the warnings and notices are part of it, once.
                String notes = answer.textNotes(streamed.toString());
                if (!notes.isEmpty()) sse.event(null, chunk(id, created, Map.of("content", notes), null, usage));
                Map<String, Object> last = chunk(id, created, Map.of(), "stop", usage);
                evidence(last, answer);
                sse.event(null, last);
                if (usage) {
                    // A client that asks for the usage chunk waits for it.
                    Map<String, Object> counted = base(id, "chat.completion.chunk", created);
                    counted.put("choices", List.of());
                    counted.put("usage", NO_USAGE);
                    sse.event(null, counted);
                }
            } catch (Sse.ClientGone gone) {
                return;
            } catch (RuntimeException e) {
                // Once the stream has begun, an error is an event of it, as OpenAI's own streams send one.
                Failure failure = Failure.midStream(e, ctx.method().name(), ctx.path());
                sse.event(null, Map.of("error", ErrorBody.OpenAi.of(failure.status(), failure.message(), failure.error())));
            }
            sse.data("[DONE]");
        });
    }

    private Question question(ChatRequest request) {
        if (request.messages() == null || request.messages().isEmpty()) {
            throw ApiException.badRequest("field \"messages\" must be a non-empty list");
        }
        List<Integer> said = new ArrayList<>();
        for (int i = 0; i < request.messages().size(); i++) {
            JsonNode message = request.messages().get(i);
            if (!message.isObject()) {
                throw ApiException.badRequest("messages[" + i + "] must be an object with role and content, was " + kind(message));
            }
            String role = message.path("role").asText("");
            if (role.equals("system") || role.equals("developer")) continue;
            // An agent's loop sends the tools' results and its own calls of them back: no turn of the conversation paperchat reads.
            if (role.equals("tool") || role.equals("function") || role.equals("assistant") && callsToolsOnly(message)) continue;
            if (!message.hasNonNull("role")) throw ApiException.badRequest("messages[" + i + "].role is missing: system, developer, user or assistant");
            if (!role.equals("user") && !role.equals("assistant")) {
                throw ApiException.badRequest("messages[" + i + "].role must be system, developer, user, assistant or tool, was \"" + role + "\"");
            }
            said.add(i);
        }
        if (said.isEmpty() || !request.messages().get(said.getLast()).path("role").asText().equals("user")) {
            throw ApiException.badRequest("the last message must be the user's question");
        }
        String text = content(request.messages().get(said.getLast()).get("content"), said.getLast());
        JsonNode asked = request.messages().get(said.getLast()).get("content");
        if (text.isBlank() && asked != null && asked.isArray() && !asked.isEmpty()) {
            // An image or a file alone: paperchat reads the question's text, and there is none.
            throw ApiException.badRequest("messages[" + said.getLast() + "].content holds no text part; the question must be text");
        }
        if (text.isBlank()) throw ApiException.badRequest("messages[" + said.getLast() + "].content, the question, is empty");
        if (SearchRequest.characters(text) > server.config().maxQuestionChars()) {
            throw ApiException.badRequest("messages[" + said.getLast() + "].content, the question, must be at most " + server.config().maxQuestionChars()
                    + " characters, was " + SearchRequest.characters(text));
        }
        // A client sends its whole chat: the latest turns are kept.
        List<Turn> turns = new ArrayList<>();
        for (int i : said.subList(Math.max(0, said.size() - 1 - Turn.MAX_HISTORY), said.size() - 1)) {
            JsonNode m = request.messages().get(i);
            // A chat may hold a long paste from before: as a turn of context, its start is enough.
            turns.add(new Turn(m.path("role").asText(), startOf(TypedText.bounded(content(m.get("content"), i)), SearchRequest.MAX_QUERY_CHARS)));
        }
        int k = request.sources();
        // OpenAI's fields are read leniently, paperchat's own filters as /api/ask reads them: "organisation" is no field of theirs.
        AskRoutes.FiltersRequest f = request.filters() == null || request.filters().isNull() ? new AskRoutes.FiltersRequest(null, null, null)
                : Requests.strictField(request.filters(), "filters", AskRoutes.FiltersRequest.class);
        return new Question(text, turns, k,
                Requests.field(() -> AnswerMode.parse(request.answerMode())), Requests.filters(f.from(), f.to(), f.org(), "filters"));
    }

    /** An assistant's message that only calls tools: its content null or empty, beside its tool_calls (or the older function_call). */
    private static boolean callsToolsOnly(JsonNode message) {
        JsonNode content = message.get("content");
        boolean empty = content == null || content.isNull() || content.isTextual() && content.asText().isBlank() || content.isArray() && content.isEmpty();
        return empty && (message.hasNonNull("tool_calls") || message.hasNonNull("function_call"));
    }

    /** "a string", "a list": what a client sent where an object belongs. */
    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case ARRAY -> "a list";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String startOf(String text, int characters) {
        return SearchRequest.characters(text) <= characters ? text : text.substring(0, text.offsetByCodePoints(0, characters));
    }

    /** Content is a string, or a list of parts of which the text parts count, each on a line of its own: "What is" and "Coconut?" are two words. */
    private static String content(JsonNode content, int index) {
        if (content == null || content.isNull()) return "";
        if (content.isTextual()) return content.asText();
        if (content.isArray()) {
            List<String> texts = new ArrayList<>();
            for (JsonNode part : content) if (part.path("type").asText().equals("text")) texts.add(part.path("text").asText());
            return String.join("\n", texts);
        }
        throw ApiException.badRequest("messages[" + index + "].content must be a string or a list of parts");
    }

    private static Map<String, Object> base(String id, String object, long created) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", object);
        body.put("created", created);
        body.put("model", MODEL);
        return body;
    }

    private static Map<String, Object> chunk(String id, long created, Map<String, Object> delta, String finish, boolean usage) {
        Map<String, Object> body = base(id, "chat.completion.chunk", created);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        body.put("choices", List.of(choice));
        if (usage) body.put("usage", null);
        return body;
    }

    private static void evidence(Map<String, Object> body, Answer answer) {
        body.put("citations", answer.citations());
        body.put("sources", answer.sources());
        // "question" is what a follow-up was searched as ("compare them" as "compare Lp-Reg and Clip-Cov"), as /api/ask gives it.
        body.put("paperchat", Map.of("mode", answer.mode(), "covered", answer.covered(), "question", answer.question(), "notices", answer.notices(),
                "unsupported", answer.unsupported()));
    }
}
