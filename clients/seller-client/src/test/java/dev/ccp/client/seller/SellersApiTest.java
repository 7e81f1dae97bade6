package dev.ccp.client.seller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ccp.client.seller.api.SellersApi;
import dev.ccp.client.seller.model.ClosureRequest;
import dev.ccp.client.seller.model.SellerIdentityView;
import dev.ccp.client.seller.model.SellerView;
import dev.ccp.client.seller.model.StandingChange;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The calls a takedown makes on seller-service, as the generated client sends and reads them. */
class SellersApiTest {

    // Configured as Quarkus configures the REST client's mapper: unknown fields are ignored.
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void closurePostsToTheAccountWithItsIdempotencyKeyAndAnswersTheSeller() {
        Method close = sentBy(api -> {
            SellerView answer = api.apiV1SellersIdClosurePost("s1", "takedown-42", new ClosureRequest());
        });

        assertThat(SellersApi.class.getAnnotation(Path.class).value()).isEqualTo("/api/v1/sellers");
        assertThat(close.getAnnotation(Path.class).value()).isEqualTo("/{id}/closure");
        assertThat(close.isAnnotationPresent(POST.class)).isTrue();
        assertThat(close.getParameters()[1].getAnnotation(HeaderParam.class).value()).isEqualTo("Idempotency-Key");
    }

    @Test
    void readAndReinstatementAreThereAndAnswerTheAccount() {
        Method read = sentBy(api -> {
            SellerView account = api.apiV1SellersIdGet("s1");
        });
        Method reinstate = sentBy(api -> {
            SellerView account = api.apiV1SellersIdReinstatementPost("s1", new StandingChange().reason("appeal"));
        });

        assertThat(read.getAnnotation(Path.class).value()).isEqualTo("/{id}");
        assertThat(read.isAnnotationPresent(GET.class)).isTrue();
        assertThat(reinstate.getAnnotation(Path.class).value()).isEqualTo("/{id}/reinstatement");
        assertThat(reinstate.isAnnotationPresent(POST.class)).isTrue();
    }

    @Test
    void identityIsReadWithThePurposeHeader() {
        Method identity = sentBy(api -> {
            SellerIdentityView seller = api.apiV1SellersIdIdentityGet("s1", "IPR Center referral");
        });

        assertThat(identity.getAnnotation(Path.class).value()).isEqualTo("/{id}/identity");
        assertThat(identity.isAnnotationPresent(GET.class)).isTrue();
        assertThat(identity.getParameters()[1].getAnnotation(HeaderParam.class).value()).isEqualTo("X-Purpose");
    }

    @Test
    void identityIsReadAsTheServiceAnswersIt() throws Exception {
        SellerIdentityView seller = json.readValue("""
                {"sellerId": "5f0c2b1e", "legalName": "Torres Market S.L.", "displayName": "Moda Shop",
                 "country": "ES", "status": "CLOSED", "email": "ana@example.es", "phone": "+34612345678",
                 "address": {"line1": "Calle Mayor 1", "city": "Alicante", "postalCode": "03001", "country": "ES"},
                 "taxId": "B12345678", "document": {"type": "PASSPORT", "country": "ES", "number": "****4567"},
                 "bankAccount": {"iban": "****3000"},
                 "linkedAccounts": [{"sellerId": "9a1", "status": "REJECTED", "sharedAttributes": ["TAX_ID"]}]}
                """, SellerIdentityView.class);

        assertThat(seller.getAddress().getCity()).isEqualTo("Alicante");
        assertThat(seller.getTaxId()).isEqualTo("B12345678");
        assertThat(seller.getDocument().getNumber()).isEqualTo("****4567");
        assertThat(seller.getBankAccount().getIban()).isEqualTo("****3000");
        assertThat(seller.getLinkedAccounts().get(0).getSharedAttributes()).containsExactly("TAX_ID");
    }

    // Typed calls, so an operation removed or reshaped in the document fails this module's compilation.
    private static Method sentBy(Consumer<SellersApi> call) {
        Method[] sent = new Method[1];
        call.accept((SellersApi) Proxy.newProxyInstance(SellersApi.class.getClassLoader(),
                new Class<?>[] {SellersApi.class}, (proxy, method, args) -> {
                    sent[0] = method;
                    return null;
                }));
        return sent[0];
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
