package dev.paperchat.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.paperchat.app.Json;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.SearchRequest;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Reading request input, with a 400 that names the bad field for anything malformed. */
final class Requests {
    private static final ObjectMapper STRICT = strict();
    private static final ObjectMapper LENIENT = wellFormed(Json.MAPPER.copy()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /**
     * A paper id, a DOI ("10.1000/xyz(2)", "10.5555/cafe_2023#1") or an arXiv id ("arXiv:2401.00001v2"):
     * any id ingest stores ("идентификатор-😀", "a b"), so printable and as long as it allows.
     */
    private static final Pattern PAPER_ID = Pattern.compile("(?!\\s)[^\\p{Cc}" + dev.paperchat.corpus.Paper.BIDI_CONTROLS + "]{1," + dev.paperchat.corpus.Paper.MAX_ID_CHARS
            + "}(?<!\\s)");

    private Requests() {}

    /** Unknown fields and numbers or booleans where text belongs are errors, not silently accepted. */
    private static ObjectMapper strict() {
        ObjectMapper mapper = wellFormed(Json.MAPPER.copy()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper.registerModule(new SimpleModule().addDeserializer(Integer.class, new WholeNumber()));
    }

    /**
     * A whole number, written 5 or 5.0 (pandas and JavaScript clients send floats); never 2.5,
     * which Jackson would cut to 2, nor "5".
     */
    private static final class WholeNumber extends StdDeserializer<Integer> {
        WholeNumber() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(com.fasterxml.jackson.core.JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) return p.getIntValue();
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                double value = p.getDoubleValue();
                if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) return (int) value;
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, p);
        }
    }

    /** One JSON value with each field once: "{...} trailing" or a field given twice is no request to guess at. */
    private static ObjectMapper wellFormed(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return mapper;
    }

    static <T> T body(Context ctx, Class<T> type) {
        return parse(ctx, type, STRICT);
    }

    /** For protocols with many optional fields we do not use (OpenAI's chat request). */
    static <T> T lenientBody(Context ctx, Class<T> type) {
        return parse(ctx, type, LENIENT);
    }

    /** A field of a leniently read body (OpenAI's) that is paperchat's own: read strictly, its errors named by the field. */
    static <T> T strictField(com.fasterxml.jackson.databind.JsonNode node, String field, Class<T> type) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field \"" + field + "." + e.getPropertyName() + "\"" + known(e));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e.getCause() instanceof InvalidInputException invalid) throw ApiException.badRequest("field \"" + field + "\": " + invalid.getMessage());
            if (!e.getPath().isEmpty()) {
                Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
                throw ApiException.badRequest("field \"" + field + "." + fieldPath(e) + "\" must be " + expected(target));
            }
            throw ApiException.badRequest("field \"" + field + "\" must be a JSON object");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("field \"" + field + "\" must be a JSON object");
        }
    }

    /**
     * The body as text in the charset its content type names, UTF-8 if none: bytes that are not
     * that charset are refused, not stored as U+FFFD in a paper's title.
     */
    static String body(Context ctx) {
        String named = ctx.req().getCharacterEncoding();
        Charset charset;
        try {
            charset = named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown charset \"" + named + "\" in the Content-Type; send UTF-8");
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
            // A byte order mark, which Windows tools write first, is no part of the JSON (RFC 8259 lets a parser ignore it).
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            boolean utf8 = charset.equals(StandardCharsets.UTF_8);
            throw ApiException.badRequest("request body is not valid " + charset.name() + (utf8 ? " (JSON is UTF-8 unless the Content-Type names another charset)" : ""));
        }
    }

    private static <T> T parse(Context ctx, Class<T> type, ObjectMapper mapper) {
        try {
            return parseJson(ctx, type, mapper);
        } catch (ApiException e) {
            // curl -d sends its JSON as a form, which is read as JSON all the same; a body that is a form is refused for what it is.
            String contentType = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
            boolean form = contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/form-data");
            if (form && e.getMessage().startsWith("malformed JSON")) {
                throw new ApiException(415, "unsupported_media_type", "send the request as a JSON object (Content-Type: application/json), not a form");
            }
            throw e;
        }
    }

    private static <T> T parseJson(Context ctx, Class<T> type, ObjectMapper mapper) {
        String body = body(ctx);
        if (body.isBlank()) throw ApiException.badRequest("request body must be a JSON object");
        try {
            T value = mapper.readValue(body, type);
            if (value == null) throw ApiException.badRequest("request body must be a JSON object");
            return value;
        } catch (UnrecognizedPropertyException e) {
            // "history[0].text": where in the body, as the other errors say it.
            throw ApiException.badRequest("unknown field \"" + fieldPath(e) + "\"" + known(e));
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty() && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                throw ApiException.badRequest("malformed JSON: more follows the request's JSON object");
            }
            if (e.getPath().isEmpty()) throw ApiException.badRequest("request body must be a JSON object");
            // A record's constructor refused the value (a history turn's role): say why, and where.
            if (e.getCause() instanceof InvalidInputException invalid) throw ApiException.badRequest("field \"" + fieldPath(e) + "\": " + invalid.getMessage());
            throw ApiException.badRequest("field \"" + fieldPath(e) + "\" must be " + expected(e.getTargetType()));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            // A record's constructor refused the value (a history turn without content): say why, and where.
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw ApiException.badRequest(e.getPath().isEmpty() ? invalid.getMessage() : "field \"" + fieldPath(e) + "\": " + invalid.getMessage());
            }
            // "k": 1000000000000 is well-formed JSON, but no number the field can hold.
            if (!e.getPath().isEmpty() && e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
                throw ApiException.badRequest("field \"" + fieldPath(e) + "\" is out of range");
            }
            throw ApiException.badRequest("malformed JSON: " + dev.paperchat.corpus.ParseError.jsonProblem(e));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof InvalidInputException invalid) throw ApiException.badRequest(invalid.getMessage());
            throw ApiException.badRequest("malformed JSON: " + dev.paperchat.corpus.ParseError.jsonProblem(e));
        }
    }

    /** "; known: from, org, to", the fields the object takes. */
    private static String known(UnrecognizedPropertyException e) {
        Set<String> known = new TreeSet<>();
        if (e.getKnownPropertyIds() != null) e.getKnownPropertyIds().forEach(id -> known.add(id.toString()));
        return known.isEmpty() ? "" : "; known: " + String.join(", ", known);
    }

    /** What a field of the given type takes, as a client reads it: "a whole number", not "Integer". */
    private static String expected(Class<?> type) {
        if (type == null) return "of another type";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) return "a number";
        if (type == String.class) return "a string";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        return "a JSON object";
    }

    private static String fieldPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            else path.append('[').append(ref.getIndex()).append(']');
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Where a paper is looked up by its id, which a client may give any route: the CLI's cite takes --id. */
    private static final String BY_ID = "; look a paper up by its id, DOI or arXiv id with GET /api/papers/{id}, and its BibTeX entry with GET /api/papers/{id}/bibtex";

    /** A parameter the route does not know ("limit" for "k") is refused, as an unknown field of a JSON body is, not ignored. */
    static void onlyParams(Context ctx, Set<String> known) {
        for (var param : ctx.queryParamMap().entrySet()) {
            String name = param.getKey();
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown query parameter \"" + name + "\"; " + (known.isEmpty() ? "this route takes none"
                        : "known: " + String.join(", ", new TreeSet<>(known))) + (name.equals("id") ? BY_ID : ""));
            }
            // "?q=a&q=b": which one was meant is not for the server to guess.
            if (param.getValue().size() > 1) throw ApiException.badRequest("query parameter \"" + name + "\" is given " + param.getValue().size() + " times");
        }
    }

    static String requiredQuery(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null && ctx.queryString() != null && ctx.queryString().matches("(?:.*&)?" + Pattern.quote(name) + "=.*")) {
            // The servlet drops a parameter whose escapes are broken ("%ZZ"): it was given, not missing.
            throw ApiException.badRequest("query parameter \"" + name + "\" is not valid percent-encoding (write % as %25)");
        }
        if (value == null) throw ApiException.badRequest("query parameter \"" + name + "\" is required");
        if (TypedText.isBlank(value)) throw ApiException.badRequest("query parameter \"" + name + "\" must not be empty");
        if (!TypedText.hasWords(value)) throw ApiException.badRequest("query parameter \"" + name + "\" " + SearchRequest.NO_WORDS);
        return value;
    }

    /** "?abstracts=true": false when absent or empty, as an empty number is its default; anything but true or false is refused, as "yes" may mean either to a client. */
    static boolean booleanQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) return false;
        if (raw.strip().equalsIgnoreCase("true")) return true;
        throw ApiException.badRequest("query parameter \"" + name + "\" must be true or false, was " + raw);
    }

    static int intQuery(Context ctx, String name, int defaultValue, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return defaultValue;
        int value;
        try {
            // "5.0", as requests sends a float from numpy or pandas, is the whole number a JSON body's 5.0 is.
            value = Integer.parseInt(raw.strip().replaceFirst("\\.0*$", ""));
        } catch (NumberFormatException e) {
            boolean number = raw.strip().matches("[+-]?\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?");
            throw ApiException.badRequest("query parameter \"" + name + "\" must be a whole number" + (number ? " from " + min + " to " + max : "") + ", was " + raw);
        }
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
            throw ApiException.badRequest("query parameter \"" + name + "\" must be " + range + ", was " + raw);
        }
        return value;
    }

    /** The filters of a JSON body, each named as its field ({@code field "filters.from"}, with {@code in} "filters"). */
    static Filters filters(String from, String to, String org, String in) {
        return named(() -> Filters.parse(from, to, org), field -> "field \"" + (in.isEmpty() ? "" : in + ".") + field + "\"");
    }

    /** A body's filters, in {@code filters} as POST /api/ask has long taken them, or flat as GET's parameters: either, not both. */
    static Filters bodyFilters(AskRoutes.FiltersRequest nested, String from, String to, String org) {
        if (nested != null && (from != null || to != null || org != null)) {
            throw ApiException.badRequest("give filters either in \"filters\" or as \"from\", \"to\" and \"org\", not both");
        }
        return nested != null ? filters(nested.from(), nested.to(), nested.org(), "filters") : filters(from, to, org, "");
    }

    /** The filters a GET takes as query parameters, each named as one. */
    static Filters queryFilters(Context ctx) {
        return named(() -> Filters.parse(ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("org")),
                parameter -> "query parameter \"" + parameter + "\"");
    }

    /** A field of a JSON body, read by {@code read}: a refusal names the field as the other errors of a body do. */
    static <T> T field(Supplier<T> read) {
        return named(read, field -> "field \"" + field + "\"");
    }

    static <T> T named(Supplier<T> read, UnaryOperator<String> named) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(e.namedAs(named));
        }
    }

    static String paperId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!PAPER_ID.matcher(id).matches()) {
            throw ApiException.badRequest("id must be a paper id, a DOI or an arXiv id, was " + abbreviate(id));
        }
        return id;
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
