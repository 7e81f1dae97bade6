package dev.ccp.takedown.takedowns.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.takedown.support.Confirmations;
import dev.ccp.takedown.support.Takedowns;
import dev.ccp.takedown.takedowns.application.OpeningTakedown;
import dev.ccp.takedown.takedowns.application.RunningTakedownSteps;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TakedownResourceTest {
    @Inject
    OpeningTakedown opening;
    @Inject
    RunningTakedownSteps running;

    @Test
    void staffFindTakedownsBySellerBrandListingStatusAndDateInPages() {
        String seller = Confirmations.unique("s");
        String brand = Confirmations.unique("b");
        String a = Takedowns.open(opening, Takedowns.confirmed(Confirmations.unique("l"), seller, List.of(brand)));
        String b = Takedowns.open(opening, Takedowns.confirmed(Confirmations.unique("l"), seller, List.of("b-other")));
        String cListing = Confirmations.unique("l");
        String c = Takedowns.open(opening, Takedowns.confirmed(cListing, seller, List.of(brand, "b-other")));

        staff("moderator").queryParam("sellerId", seller).get("/api/v1/takedowns").then().statusCode(200)
                .body("id", equalTo(List.of(a, b, c))).body("[0].steps", hasSize(5))
                .body("[0].steps[0].name", equalTo("REMOVE_LISTING")).body("[0].steps[0].status", equalTo("PENDING"))
                .body("[0].steps[0].attempts", equalTo(0)).body("[0].refunds", hasSize(0));
        staff("legal").queryParam("sellerId", seller).queryParam("brandId", brand).get("/api/v1/takedowns").then()
                .statusCode(200).body("id", equalTo(List.of(a, c)));
        staff("marketplace").queryParam("listingId", cListing).get("/api/v1/takedowns").then().statusCode(200)
                .body("id", equalTo(List.of(c)));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        staff("investigator").queryParam("sellerId", seller).queryParam("status", "IN_PROGRESS")
                .queryParam("from", today).queryParam("to", today).get("/api/v1/takedowns").then().statusCode(200)
                .body("id", equalTo(List.of(a, b, c)));
        staff("investigator").queryParam("sellerId", seller).queryParam("to", "2020-01-01T00:00:00Z")
                .get("/api/v1/takedowns").then().statusCode(200).body("$", hasSize(0));
        staff("investigator").queryParam("sellerId", seller).queryParam("status", "COMPLETED")
                .get("/api/v1/takedowns").then().statusCode(200).body("$", hasSize(0));
        staff("trust-admin").queryParam("sellerId", seller).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/takedowns").then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(1))
                .body("size", equalTo(2)).body("items.id", equalTo(List.of(c)));
    }

    @Test
    void aBadFilterNamesItsFieldAndAnUnknownTakedownIsNotFound() {
        staff("investigator").queryParam("status", "LOST").get("/api/v1/takedowns").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        staff("investigator").queryParam("from", "yesterday").queryParam("to", "2026-13-01").get("/api/v1/takedowns")
                .then().statusCode(400).body("errors.field", hasItem("from")).body("errors.field", hasItem("to"));
        staff("investigator").queryParam("sellerId", "x".repeat(101)).get("/api/v1/takedowns").then()
                .statusCode(400).body("errors.field", hasItem("sellerId"));
        staff("investigator").queryParam("from", "2026-05-01").queryParam("to", "2026-04-01")
                .get("/api/v1/takedowns").then().statusCode(400).body("errors.field", hasItem("to"));
        staff("investigator").queryParam("size", 0).get("/api/v1/takedowns").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        staff("investigator").get("/api/v1/takedowns/no-such-takedown").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentTypesTheAnswers() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/takedowns/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        org.hamcrest.Matchers.endsWith("/TakedownView"))
                .body("paths.'/api/v1/takedowns'.get.responses.'200'.content.'application/json'.schema.oneOf",
                        hasSize(2))
                .body("components.schemas.TakedownView.properties.steps.items.'$ref'",
                        org.hamcrest.Matchers.endsWith("/Step"));
    }

    @Test
    void onlyStaffAndTheMarketplaceRead() {
        given().get("/api/v1/takedowns").then().statusCode(401);
        staff("partner").get("/api/v1/takedowns").then().statusCode(403);
        staff("service").get("/api/v1/takedowns").then().statusCode(403);
    }

    @Test
    void heldStockIsDestroyedOnceAndThenCannotBeReleased() {
        String id = Takedowns.open(opening, Takedowns.confirmed(Confirmations.unique("l"), Confirmations.unique("s"),
                List.of("b-1")));
        staff("trust-admin").post("/api/v1/takedowns/" + id + "/inventory/destruction").then().statusCode(409);
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));

        staff("investigator").post("/api/v1/takedowns/" + id + "/inventory/destruction").then().statusCode(403);
        staff("trust-admin").post("/api/v1/takedowns/" + id + "/inventory/destruction").then().statusCode(200)
                .body("status", equalTo("DESTROYED")).body("units", equalTo(40))
                .body("settledBy", equalTo("test-trust-admin"));
        staff("trust-admin").post("/api/v1/takedowns/" + id + "/inventory/destruction").then().statusCode(200)
                .body("status", equalTo("DESTROYED"));
        staff("trust-admin").post("/api/v1/takedowns/" + id + "/inventory/release").then().statusCode(409)
                .contentType("application/problem+json");
        Confirmations.takedown(id).then().body("inventory.status", equalTo("DESTROYED"));
        staff("trust-admin").post("/api/v1/takedowns/no-such-takedown/inventory/release").then().statusCode(404);
    }

    @Test
    void releasedStockCannotBeDestroyed() {
        String id = Takedowns.open(opening, Takedowns.confirmed(Confirmations.unique("l"), Confirmations.unique("s"),
                List.of("b-1")));
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));

        staff("trust-admin").post("/api/v1/takedowns/" + id + "/inventory/release").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        staff("trust-admin").post("/api/v1/takedowns/" + id + "/inventory/release").then().statusCode(200);
        staff("trust-admin").post("/api/v1/takedowns/" + id + "/inventory/destruction").then().statusCode(409);
    }

    private static RequestSpecification staff(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }
}
