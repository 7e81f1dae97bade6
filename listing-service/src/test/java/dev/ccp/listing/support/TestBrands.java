package dev.ccp.listing.support;

import static io.restassured.RestAssured.given;

import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Made-up brands for tests, registered through the API like staff would. */
public final class TestBrands {
    private TestBrands() {
    }

    /** @param suffix the invented word that makes this brand's name, line and signature term unique */
    public record Registered(String id, String key, String apiKey, String name, String suffix) {
        /** The brand's product line, a protected term. */
        public String line() {
            return "Orbi" + suffix;
        }

        /** The reference image of the brand's bag: unique per brand. */
        public String referenceImage() {
            return referenceImageOf(suffix);
        }

        /** Together (with "quilted" and "bag") they describe the brand's bag without naming it. */
        public String signatureWord() {
            return suffix + "stitch";
        }
    }

    /**
     * A brand named "Zentrova&lt;suffix&gt;" with a product line "Orbi&lt;suffix&gt;", one bag at 900 EUR whose
     * signature terms are "quilted", "&lt;suffix&gt;stitch" and "bag", and a reference image of its own;
     * {@code authorised} may sell it.
     */
    public static Map<String, Object> zentrova(String suffix, String... authorised) {
        return Map.of(
                "name", "Zentrova" + suffix,
                "aliases", List.of(),
                "protectedTerms", List.of("Orbi" + suffix),
                "trademarks", List.of(Map.of("office", "EUIPO", "registrationNumber", "0181" + suffix.hashCode(),
                        "classes", List.of(18))),
                "products", List.of(Map.of("sku", "zen-bag", "name", "Orbi" + suffix + " quilted bag", "category", "handbags",
                        "signatureTerms", List.of("quilted", suffix + "stitch", "bag"),
                        "minPrice", Map.of("amount", "900.00", "currency", "EUR"),
                        "referenceImageHashes", List.of(referenceImageOf(suffix)))),
                "authorizedSellers", List.of(authorised),
                "selfServiceRemoval", false);
    }

    public static Registered register(Map<String, Object> brand) {
        String suffix = ((String) brand.get("name")).substring("Zentrova".length());
        JsonPath body = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .contentType(ContentType.JSON).body(brand)
                .when().post("/api/v1/brands")
                .then().statusCode(201).extract().jsonPath();
        return new Registered(body.getString("id"), body.getString("key"), body.getString("apiKey"),
                (String) brand.get("name"), suffix);
    }

    /** A fresh brand whose name no other test uses: the name is a single invented word. */
    public static Registered registerFresh(String... authorised) {
        return register(zentrova(uniqueSuffix(), authorised));
    }

    static String referenceImageOf(String suffix) {
        return String.format("%016x", (suffix.hashCode() * 0x9E3779B97F4A7C15L) ^ 0x5DEECE66DL);
    }

    /** Letters only, so that the brand's name stays one word the matcher can find. */
    public static String uniqueSuffix() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + Character.digit(hex.charAt(i), 16) % 26));
        }
        return letters.toString();
    }

    public static String partnerToken(String apiKey) {
        return given().header("X-API-Key", apiKey).when().post("/partner/v1/token")
                .then().statusCode(200).extract().path("accessToken");
    }
}
