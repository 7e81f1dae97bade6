package dev.ccp.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;

/** Checks {@link BoundedJson}: depth first (cheap, and it bounds the walk), then the compact size. */
public class BoundedJsonValidator implements ConstraintValidator<BoundedJson, JsonNode> {
    private int maxBytes;
    private int maxDepth;

    @Override
    public void initialize(BoundedJson bounds) {
        maxBytes = bounds.maxBytes();
        maxDepth = bounds.maxDepth();
    }

    @Override
    public boolean isValid(JsonNode value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return depth(value, 1) <= maxDepth && value.toString().getBytes(StandardCharsets.UTF_8).length <= maxBytes;
    }

    /** The nesting depth, giving up as soon as it passes the limit. */
    private int depth(JsonNode node, int at) {
        if (at > maxDepth || !node.isContainerNode()) {
            return at;
        }
        int deepest = at;
        for (JsonNode child : node) {
            deepest = Math.max(deepest, child.isContainerNode() ? depth(child, at + 1) : at);
            if (deepest > maxDepth) {
                break;
            }
        }
        return deepest;
    }
}
