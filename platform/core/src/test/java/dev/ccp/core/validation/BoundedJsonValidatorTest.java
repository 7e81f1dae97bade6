package dev.ccp.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BoundedJsonValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BoundedJson(maxBytes = 40, maxDepth = 3)
    private static final Object BOUNDS = null;

    private static boolean valid(String json) throws Exception {
        BoundedJsonValidator validator = new BoundedJsonValidator();
        validator.initialize(BoundedJsonValidatorTest.class.getDeclaredField("BOUNDS").getAnnotation(BoundedJson.class));
        JsonNode node = json == null ? null : JSON.readTree(json);
        return validator.isValid(node, null);
    }

    @Test
    void acceptsJsonWithinBothBounds() throws Exception {
        assertThat(valid(null)).isTrue();
        assertThat(valid("{\"a\":{\"b\":[1,2]}}")).as("three levels").isTrue();
        assertThat(valid("\"a plain note\"")).isTrue();
    }

    @Test
    void refusesJsonNestedTooDeepOrTooLarge() throws Exception {
        assertThat(valid("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}")).as("a fourth level of objects").isFalse();
        assertThat(valid("[[[[]]]]")).as("a fourth level of arrays").isFalse();
        assertThat(valid("{\"note\":\"" + "x".repeat(40) + "\"}")).as("over 40 bytes").isFalse();
        assertThat(valid("{\"note\":\"" + "é".repeat(15) + "\"}")).as("bytes, not characters").isFalse();
    }
}
