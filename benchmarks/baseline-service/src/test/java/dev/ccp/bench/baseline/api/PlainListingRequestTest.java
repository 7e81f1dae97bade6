package dev.ccp.bench.baseline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.listing.listings.api.ListingRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The yardstick only means something while it validates the same bodies the same way as listing-service. */
class PlainListingRequestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private static final String VALID = """
            {"sellerId":"s-1","title":"Wool blanket","description":"warm","brand":"","category":"home",
             "price":{"amount":"39.00","currency":"EUR"},"quantity":4,"imageHashes":["0123456789abcdef"]}""";

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsAndRejectsTheSameBodiesAsListingService() throws Exception {
        List<String> bodies = List.of(VALID,
                VALID.replace("\"s-1\"", "\"\""),
                VALID.replace("\"Wool blanket\"", "\"" + "x".repeat(301) + "\""),
                VALID.replace("\"warm\"", "\"" + "x".repeat(10_001) + "\""),
                VALID.replace("\"brand\":\"\"", "\"brand\":\"" + "x".repeat(121) + "\""),
                VALID.replace("\"home\"", "\" \""),
                VALID.replace("\"39.00\"", "\"0\""),
                VALID.replace("\"39.00\"", "\"1.00001\""),
                VALID.replace("\"EUR\"", "\"euro\""),
                VALID.replace("\"price\":{\"amount\":\"39.00\",\"currency\":\"EUR\"},", ""),
                VALID.replace("\"quantity\":4", "\"quantity\":-1"),
                VALID.replace("\"quantity\":4", "\"quantity\":1000001"),
                VALID.replace("\"quantity\":4,", ""),
                VALID.replace("\"0123456789abcdef\"", "\"not-a-hash\""),
                VALID.replace("\"0123456789abcdef\"", "null"),
                VALID.replace("[\"0123456789abcdef\"]", "[" + String.join(",", Collections.nCopies(21,
                        "\"0123456789abcdef\"")) + "]"));
        for (String body : bodies) {
            assertThat(violatedFields(body, PlainListingRequest.class)).as(body)
                    .isEqualTo(violatedFields(body, ListingRequest.class));
        }
        assertThat(violatedFields(VALID, PlainListingRequest.class)).isEmpty();
        assertThat(violatedFields(bodies.get(6), PlainListingRequest.class)).containsExactly("price.amount DecimalMin");
    }

    private static Set<String> violatedFields(String body, Class<?> type) throws Exception {
        Set<String> fields = new TreeSet<>();
        for (ConstraintViolation<?> violation : VALIDATOR.validate(JSON.readValue(body, type))) {
            fields.add(violation.getPropertyPath().toString().replaceAll("\\[\\d+]\\.<list element>", "[]")
                    + " " + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        return fields;
    }
}
