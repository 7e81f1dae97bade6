package dev.ccp.listing.partner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Brands generate their client from a document of their own: the partner API, and nothing internal. */
@QuarkusTest
class PartnerOpenApiDocumentTest {

    @Test
    void thePartnerDocumentHoldsEveryPartnerPathAndNothingElse() {
        Set<String> partnerPathsOfTheService = new TreeSet<>(paths("/q/openapi").keySet());
        partnerPathsOfTheService.removeIf(path -> !path.startsWith("/partner/v1/"));
        Map<String, Object> partner = given().queryParam("format", "json").get("/q/openapi-partner").then()
                .statusCode(200).extract().path("paths");

        assertThat(partnerPathsOfTheService).contains("/partner/v1/token", "/partner/v1/violation-reports");
        assertThat(new TreeSet<>(partner.keySet())).isEqualTo(partnerPathsOfTheService);
        Map<String, Object> schemes = given().queryParam("format", "json").get("/q/openapi-partner").then()
                .extract().path("components.securitySchemes");
        assertThat(schemes).containsOnlyKeys("partner");
    }

    @Test
    void theBuildWritesThePartnerDocumentToDocsApi() throws Exception {
        Path written = Path.of("../docs/api/listing-service-partner.yaml");
        assertThat(written).exists();
        String yaml = Files.readString(written);
        paths("/q/openapi-partner").keySet().forEach(path -> assertThat(yaml).contains("  " + path + ":"));
        assertThat(yaml).doesNotContain("/api/v1/");
    }

    private static Map<String, Object> paths(String document) {
        return given().queryParam("format", "json").get(document).then().statusCode(200).extract().path("paths");
    }
}
