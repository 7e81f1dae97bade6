package dev.ccp.client.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ccp.client.listing.api.BrandsApi;
import dev.ccp.client.listing.model.BrandView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The brand read a statement of reasons names its brands with, as the generated client sends and reads it. */
class BrandsApiTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void brandReadIsAGetThatAnswersTheBrand() throws Exception {
        Method read = BrandsApi.class.getMethod("apiV1BrandsIdGet", String.class);

        // The generator puts the tag's common prefix on the interface (brand changes share the tag): the whole path counts.
        assertThat(BrandsApi.class.getAnnotation(Path.class).value() + read.getAnnotation(Path.class).value())
                .isEqualTo("/api/v1/brands/{id}");
        assertThat(read.isAnnotationPresent(GET.class)).isTrue();
        assertThat(read.getReturnType()).isEqualTo(BrandView.class);
    }

    @Test
    void brandIsReadWithItsNameAndTrademarks() throws Exception {
        BrandView brand = json.readValue("""
                {"id": "b1", "key": "bmw", "name": "BMW", "aliases": [], "protectedTerms": ["bmw"],
                 "trademarks": [{"office": "EUIPO", "registrationNumber": "000091835", "classes": [12]}],
                 "products": [], "authorizedSellers": [], "selfServiceRemoval": false,
                 "createdAt": "2026-03-01T09:59:58Z", "updatedAt": "2026-03-01T09:59:58Z"}
                """, BrandView.class);

        assertThat(brand.getName()).isEqualTo("BMW");
        assertThat(brand.getTrademarks().get(0).getOffice()).isEqualTo("EUIPO");
        assertThat(brand.getTrademarks().get(0).getRegistrationNumber()).isEqualTo("000091835");
    }
}
