package dev.paperchat.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputSchemasTest {
    private final DefaultJsonSchemaValidator validator = new DefaultJsonSchemaValidator();

    @Test
    void should_write_nullable_fields_as_json_schema_says_them() {
        Map<String, Object> stats = OutputSchemas.of("Stats");
        Map<?, ?> model = (Map<?, ?>) ((Map<?, ?>) stats.get("properties")).get("model");
        assertEquals(List.of("string", "null"), model.get("type"));
        assertFalse(model.containsKey("nullable"), "no OpenAPI 3.0 keyword");
        Map<String, Object> valid = Map.of("papers", 3, "chunks", 3, "model", "bge", "dimension", 384, "generation", 1, "organisations", Map.of("Tencent", 2));
        assertTrue(validator.validate(stats, valid).valid());
        Map<String, Object> nullModel = new HashMap<>(valid);
        nullModel.put("model", null);
        assertTrue(validator.validate(stats, nullModel).valid(), "a null where the API allows one");
        assertFalse(validator.validate(stats, Map.of("papers", "three")).valid(), "a wrong type, and required fields missing");
    }

    @Test
    void should_write_a_component_that_holds_itself_as_a_reference_to_the_whole() {
        Map<String, Object> cite = OutputSchemas.of("CiteResults");
        Map<?, ?> claims = (Map<?, ?>) ((Map<?, ?>) cite.get("properties")).get("claims");
        assertEquals(Map.of("$ref", "#"), claims.get("items"), "a passage's lookup holds one lookup per claim");
        assertTrue(validator.validateSchema(cite).valid(), validator.validateSchema(cite).errorMessage());
        for (String component : List.of("SearchResults", "Answer", "PaperList", "Paper")) {
            assertTrue(validator.validateSchema(OutputSchemas.of(component)).valid(), component);
        }
    }
}
