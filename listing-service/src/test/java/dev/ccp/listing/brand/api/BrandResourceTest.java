package dev.ccp.listing.brand.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BrandResourceTest {
    @Inject
    DataSource dataSource;

    @Test
    void onboardingAnswersIdKeyAndAnApiKeyThatIsStoredOnlyAsAHash() throws Exception {
        String suffix = TestBrands.uniqueSuffix();
        TestBrands.Registered brand = TestBrands.register(TestBrands.zentrova(suffix));
        assertThat(brand.key()).isEqualTo("zentrova" + suffix);
        assertThat(brand.apiKey()).startsWith("ccpk_");

        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/brands/{key}", brand.key())
                .then().statusCode(200).body("id", equalTo(brand.id()))
                .body("products[0].minPrice.amount", equalTo("900.00"))
                .body("trademarks[0].classes", equalTo(List.of(18)));

        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("select * from brand_api_key where brand_id = ?")) {
            query.setString(1, brand.id());
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    Object value = rows.getObject(c);
                    String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                            : String.valueOf(value);
                    assertThat(text).as("column %s", rows.getMetaData().getColumnName(c))
                            .doesNotContain(brand.apiKey().substring(brand.apiKey().indexOf('.') + 1));
                }
            }
        }
    }

    @Test
    void theSameBrandTwiceIsAConflict() {
        String suffix = TestBrands.uniqueSuffix();
        TestBrands.register(TestBrands.zentrova(suffix));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(TestBrands.zentrova(suffix)).when().post("/api/v1/brands")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputNamesTheFieldsAndStoresNothing() {
        String suffix = TestBrands.uniqueSuffix();
        Map<String, Object> bad = new HashMap<>(TestBrands.zentrova(suffix));
        bad.put("products", List.of(Map.of("sku", "x", "name", "Bag", "category", "handbags",
                "minPrice", Map.of("amount", "abc", "currency", "EUR"), "referenceImageHashes", List.of("xyz"))));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/brands")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("products[0].minPrice.amount")));
        bad.put("products", List.of(Map.of("sku", "x", "name", "Bag", "category", "handbags",
                "minPrice", Map.of("amount", "12.00", "currency", "euro"), "referenceImageHashes", List.of("xyz"))));
        bad.put("name", " ");
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/brands")
                .then().statusCode(400)
                .body("errors.field", hasItems("name", "products[0].minPrice.currency",
                        "products[0].referenceImageHashes[0]"));
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().get("/api/v1/brands/{key}", "zentrova" + suffix).then().statusCode(404);
    }

    @Test
    void onlyTrustAdminsOnboardAndEveryStaffRoleReads() {
        Map<String, Object> brand = TestBrands.zentrova(TestBrands.uniqueSuffix());
        given().contentType(ContentType.JSON).body(brand).when().post("/api/v1/brands").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON).body(brand)
                .when().post("/api/v1/brands").then().statusCode(403);
        given().header("Authorization", TestTokens.expiredBearer("trust-admin")).contentType(ContentType.JSON)
                .body(brand).when().post("/api/v1/brands").then().statusCode(401);
        for (String role : List.of("moderator", "investigator", "legal", "trust-admin", "marketplace")) {
            given().header("Authorization", TestTokens.bearer(role)).when().get("/api/v1/brands?page=0&size=5")
                    .then().statusCode(200);
        }
    }

    @Test
    void anEditedProfileScreensTheNextListingAtOnce() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String newLine = "Velmora" + brand.suffix();
        submit(listing(seller, newLine + " leather tote", "handbags", "60.00", 20)).statusCode(201)
                .body("status", equalTo("PUBLISHED"));

        Map<String, Object> edited = new HashMap<>(TestBrands.zentrova(brand.suffix()));
        edited.put("protectedTerms", List.of(brand.line(), newLine));
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON).body(edited)
                .when().put("/api/v1/brands/{id}", brand.id())
                .then().statusCode(200).body("protectedTerms", hasItem(newLine));

        submit(listing(seller, newLine + " leather tote", "handbags", "60.00", 20)).statusCode(201)
                .body("screening.signals.code", hasItem("BRAND_TERM_UNAUTHORISED"))
                .body("screening.brandIds", hasItem(brand.id()));
    }

    @Test
    void keysRotateAndARevokedKeyNoLongerBuysTokens() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String second = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().post("/api/v1/brands/{id}/api-keys", brand.id())
                .then().statusCode(201).extract().path("apiKey");
        TestBrands.partnerToken(brand.apiKey());
        TestBrands.partnerToken(second);

        String firstKeyId = brand.apiKey().substring("ccpk_".length(), brand.apiKey().indexOf('.'));
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().delete("/api/v1/brands/{id}/api-keys/{keyId}", brand.id(), firstKeyId)
                .then().statusCode(200).body("active", equalTo(false)).body("revokedBy", equalTo("test-trust-admin"));

        given().header("X-API-Key", brand.apiKey()).when().post("/partner/v1/token")
                .then().statusCode(401).contentType("application/problem+json");
        TestBrands.partnerToken(second);
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .when().get("/api/v1/brands/{id}/api-keys", brand.id())
                .then().statusCode(200).body("size()", equalTo(2)).body("active", hasItems(true, false));
    }
}
