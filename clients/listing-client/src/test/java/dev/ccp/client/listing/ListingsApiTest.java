package dev.ccp.client.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ccp.client.listing.api.ListingsApi;
import dev.ccp.client.listing.model.ActionRequest;
import dev.ccp.client.listing.model.ListingStatus;
import dev.ccp.client.listing.model.ListingView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The calls a takedown makes on listing-service, as the generated client sends and reads them. */
class ListingsApiTest {

    // Configured as Quarkus configures the REST client's mapper: unknown fields are ignored.
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void removalAndReinstatementPostWithAnIdempotencyKeyAndAnswerTheListing() throws Exception {
        assertThat(ListingsApi.class.getAnnotation(Path.class).value()).isEqualTo("/api/v1/listings");
        for (String[] call : new String[][] {
                {"apiV1ListingsIdRemovalPost", "/{id}/removal"},
                {"apiV1ListingsIdReinstatementPost", "/{id}/reinstatement"}}) {
            Method method = ListingsApi.class.getMethod(call[0], String.class, String.class, ActionRequest.class);
            assertThat(method.getAnnotation(Path.class).value()).isEqualTo(call[1]);
            assertThat(method.isAnnotationPresent(POST.class)).isTrue();
            assertThat(method.getParameters()[1].getAnnotation(HeaderParam.class).value())
                    .isEqualTo("Idempotency-Key");
            assertThat(method.getReturnType()).isEqualTo(ListingView.class);
        }
    }

    @Test
    void readIsThere() throws Exception {
        Method read = ListingsApi.class.getMethod("apiV1ListingsIdGet", String.class);

        assertThat(read.getAnnotation(Path.class).value()).isEqualTo("/{id}");
        assertThat(read.isAnnotationPresent(GET.class)).isTrue();
    }

    @Test
    void removedListingIsReadAsTheServiceAnswersIt() throws Exception {
        ListingView listing = json.readValue("""
                {"id": "a1b2", "sellerId": "5f0c2b1e", "status": "REMOVED", "title": "Bag",
                 "brand": "acme", "category": "bags", "price": {"amount": "12.99", "currency": "EUR"},
                 "quantity": 3, "imageHashes": ["ab12"],
                 "removal": {"reason": "COUNTERFEIT", "reference": "takedown 42", "removedBy": "takedown-service",
                             "removedAt": "2026-04-02T08:30:00Z"},
                 "createdAt": "2026-03-01T09:59:58Z", "updatedAt": "2026-04-02T08:30:00Z"}
                """, ListingView.class);

        assertThat(listing.getStatus()).isEqualTo(ListingStatus.REMOVED);
        assertThat(listing.getPrice().getAmount()).isEqualByComparingTo(new BigDecimal("12.99"));
        assertThat(listing.getRemoval().getReference()).isEqualTo("takedown 42");
    }

    @Test
    void removalRequestIsWrittenAsTheServiceReadsIt() throws Exception {
        ActionRequest request = new ActionRequest().reason("COUNTERFEIT").reference("takedown 42");

        assertThat(json.readTree(json.writeValueAsString(request)))
                .isEqualTo(json.readTree("{\"reason\": \"COUNTERFEIT\", \"reference\": \"takedown 42\"}"));
    }
}
