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
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The calls a takedown makes on listing-service, as the generated client sends and reads them. */
class ListingsApiTest {

    // Configured as Quarkus configures the REST client's mapper: unknown fields are ignored.
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void removalAndReinstatementPostWithAnIdempotencyKeyAndAnswerTheListing() {
        ActionRequest request = new ActionRequest().reason("COUNTERFEIT").reference("takedown 42");
        Method removal = sentBy(api -> {
            ListingView answer = api.apiV1ListingsIdRemovalPost("l1", "takedown-42-removal", request);
        });
        Method reinstatement = sentBy(api -> {
            ListingView answer = api.apiV1ListingsIdReinstatementPost("l1", "appeal-7", request);
        });

        assertThat(ListingsApi.class.getAnnotation(Path.class).value()).isEqualTo("/api/v1/listings");
        assertThat(removal.getAnnotation(Path.class).value()).isEqualTo("/{id}/removal");
        assertThat(reinstatement.getAnnotation(Path.class).value()).isEqualTo("/{id}/reinstatement");
        for (Method method : new Method[] {removal, reinstatement}) {
            assertThat(method.isAnnotationPresent(POST.class)).isTrue();
            assertThat(method.getParameters()[1].getAnnotation(HeaderParam.class).value())
                    .isEqualTo("Idempotency-Key");
        }
    }

    @Test
    void readIsThereAndAnswersTheListing() {
        Method read = sentBy(api -> {
            ListingView listing = api.apiV1ListingsIdGet("l1");
        });

        assertThat(read.getAnnotation(Path.class).value()).isEqualTo("/{id}");
        assertThat(read.isAnnotationPresent(GET.class)).isTrue();
    }

    // Typed calls, so an operation removed or reshaped in the document fails this module's compilation.
    private static Method sentBy(Consumer<ListingsApi> call) {
        Method[] sent = new Method[1];
        call.accept((ListingsApi) Proxy.newProxyInstance(ListingsApi.class.getClassLoader(),
                new Class<?>[] {ListingsApi.class}, (proxy, method, args) -> {
                    sent[0] = method;
                    return null;
                }));
        return sent[0];
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
