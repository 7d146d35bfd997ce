package dev.paperchat.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.app.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema of each tool's structured result, which is the HTTP API's body for the same
 * operation: its OpenAPI component, with references written out and OpenAPI 3.0's "nullable"
 * said as JSON Schema says it (a type of ["string", "null"]). An agent learns the shape before it
 * calls, and the MCP server checks every result against it.
 */
final class OutputSchemas {
    private static final JsonNode COMPONENTS = read().path("components").path("schemas");
    private static final String REF = "#/components/schemas/";

    private OutputSchemas() {}

    /** The component named, as JSON Schema. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(String component) {
        JsonNode schema = COMPONENTS.get(component);
        if (schema == null) throw new IllegalArgumentException("no OpenAPI component " + component);
        return Json.MAPPER.convertValue(jsonSchema(schema, component, new HashSet<>()), Map.class);
    }

    /**
     * @param root the component whose schema this is: a reference to it is to the whole ("#"), as a passage's lookup holds one
     *             lookup for each of its claims
     * @param within the components being written out, a reference to which would never end
     */
    private static JsonNode jsonSchema(JsonNode schema, String root, Set<String> within) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring(REF.length());
            if (name.equals(root)) return Json.MAPPER.createObjectNode().put("$ref", "#");
            if (!within.add(name)) throw new IllegalStateException("OpenAPI component " + name + " refers to itself within " + root);
            JsonNode written = jsonSchema(COMPONENTS.get(name), root, within);
            within.remove(name);
            return written;
        }
        if (!schema.isObject()) return schema;
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "nullable" -> { }
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), jsonSchema(p.getValue(), root, within)));
                }
                case "items", "additionalProperties" -> out.set(field.getKey(), jsonSchema(field.getValue(), root, within));
                default -> out.set(field.getKey(), field.getValue());
            }
        }
        if (schema.path("nullable").asBoolean()) {
            if (out.has("type")) out.set("type", Json.MAPPER.createArrayNode().add(out.get("type").asText()).add("null"));
            if (out.has("enum")) ((ArrayNode) out.get("enum")).addNull();
        }
        return out;
    }

    private static JsonNode read() {
        try (InputStream in = OutputSchemas.class.getResourceAsStream("/openapi.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled openapi.json", e);
        }
    }
}
