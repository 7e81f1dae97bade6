package dev.ccp.client.seller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ccp.client.seller.api.SellersApi;
import dev.ccp.client.seller.model.ClosureRequest;
import dev.ccp.client.seller.model.SellerView;
import dev.ccp.client.seller.model.StandingChange;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The calls a takedown makes on seller-service, as the generated client sends and reads them. */
class SellersApiTest {

    // Configured as Quarkus configures the REST client's mapper: unknown fields are ignored.
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void closurePostsToTheAccountWithItsIdempotencyKeyAndAnswersTheSeller() throws Exception {
        Method close = SellersApi.class.getMethod("apiV1SellersIdClosurePost",
                String.class, String.class, ClosureRequest.class);

        assertThat(SellersApi.class.getAnnotation(Path.class).value()).isEqualTo("/api/v1/sellers");
        assertThat(close.getAnnotation(Path.class).value()).isEqualTo("/{id}/closure");
        assertThat(close.isAnnotationPresent(POST.class)).isTrue();
        assertThat(close.getParameters()[1].getAnnotation(HeaderParam.class).value()).isEqualTo("Idempotency-Key");
        assertThat(close.getReturnType()).isEqualTo(SellerView.class);
    }

    @Test
    void readAndReinstatementAreThere() throws Exception {
        assertThat(SellersApi.class.getMethod("apiV1SellersIdGet", String.class)
                .getAnnotation(Path.class).value()).isEqualTo("/{id}");
        assertThat(SellersApi.class.getMethod("apiV1SellersIdReinstatementPost", String.class, StandingChange.class)
                .getAnnotation(Path.class).value()).isEqualTo("/{id}/reinstatement");
    }

    @Test
    void closureRequestIsWrittenAsTheServiceReadsIt() throws Exception {
        ClosureRequest request = new ClosureRequest().reason("COUNTERFEIT").reference("takedown 42");

        assertThat(json.readTree(json.writeValueAsString(request)))
                .isEqualTo(json.readTree("{\"reason\": \"COUNTERFEIT\", \"reference\": \"takedown 42\"}"));
    }

    @Test
    void closedSellerIsReadAsTheServiceAnswersIt() throws Exception {
        SellerView seller = json.readValue("""
                {"id": "5f0c2b1e", "status": "CLOSED",
                 "verification": {"score": 0, "reasons": [], "decidedAt": "2026-03-01T10:00:00Z"},
                 "displayName": "Moda Shop", "legalName": "Torres Market S.L.", "country": "ES",
                 "submittedAt": "2026-03-01T09:59:58.123Z",
                 "closure": {"reason": "COUNTERFEIT", "reference": "takedown 42", "closedAt": "2026-04-02T08:30:00Z"}}
                """, SellerView.class);

        assertThat(seller.getId()).isEqualTo("5f0c2b1e");
        assertThat(seller.getStatus()).isEqualTo("CLOSED");
        assertThat(seller.getClosure().getReference()).isEqualTo("takedown 42");
        assertThat(seller.getClosure().getClosedAt()).isEqualTo(OffsetDateTime.parse("2026-04-02T08:30:00Z"));
        assertThat(seller.getSubmittedAt().toInstant().toEpochMilli() % 1000).isEqualTo(123);
    }
}
