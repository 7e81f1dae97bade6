package dev.ccp.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-form JSON field ({@code JsonNode}) with limits: at most {@link #maxBytes()} bytes once written compactly,
 * nested at most {@link #maxDepth()} deep. Free-form is not boundless: the body limit alone would let one field
 * fill a row, and deep nesting costs every reader that walks it.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BoundedJsonValidator.class)
public @interface BoundedJson {
    int maxBytes();

    int maxDepth();

    String message() default "must be JSON of at most {maxBytes} bytes, nested at most {maxDepth} deep";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
