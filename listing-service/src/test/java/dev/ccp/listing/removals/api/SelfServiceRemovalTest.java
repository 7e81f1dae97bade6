package dev.ccp.listing.removals.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import dev.ccp.listing.support.TestRemovals;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelfServiceRemovalTest {

    @Test
    void aPrivilegedBrandRemovesItsCounterfeitsAtOnceAndIsRefusedTheRest() {
        TestBrands.Registered brand = TestRemovals.privilegedBrand();
        String seller = SellerEvents.verifiedSeller();
        String fake = submitted(listing(seller, brand.name() + " quilted bag", "handbags", "400.00", 3));
        String unrelated = submitted(listing(seller, "Plain canvas tote", "handbags", "25.00", 3));
        String token = TestBrands.partnerToken(brand.apiKey());

        String id = TestRemovals.remove(token, List.of(fake, unrelated, "no-such-listing", fake)).statusCode(201)
                .body("brandId", equalTo(brand.id())).body("removed", equalTo(1)).body("refused", equalTo(2))
                .body("items.listingId", equalTo(List.of(fake, unrelated, "no-such-listing")))
                .body("items.status", equalTo(List.of("REMOVED", "REFUSED", "REFUSED")))
                .body("items[1].refusal", equalTo("NOT_RELATED_TO_BRAND"))
                .body("items[2].refusal", equalTo("UNKNOWN_LISTING"))
                .extract().path("id");

        TestListings.get(fake).body("status", equalTo("BLOCKED")).body("verdict", equalTo("COUNTERFEIT"));
        TestListings.get(unrelated).body("status", equalTo("PUBLISHED"));
        List<ConsumerRecord<String, String>> confirmed = TestKafka.await(Topics.LISTINGS, r -> fake.equals(r.key())
                && EventJson.read(r.value()).type().equals(ListingCounterfeitConfirmed.TYPE), 1, Duration.ofSeconds(20));
        assertThat(confirmed).hasSize(1);
        ListingCounterfeitConfirmed event = (ListingCounterfeitConfirmed) EventJson.read(confirmed.get(0).value())
                .payload();
        assertThat(event.decidedBy()).isEqualTo("brand:" + brand.id());
        assertThat(event.brandIds()).contains(brand.id());
        assertThat(TestKafka.during(Topics.LISTINGS, r -> unrelated.equals(r.key())
                && EventJson.read(r.value()).type().equals(ListingCounterfeitConfirmed.TYPE), Duration.ofSeconds(1)))
                .isEmpty();

        // the removal is a second try at the same listing now: refused, nothing confirmed twice
        TestRemovals.remove(token, List.of(fake)).statusCode(201).body("items[0].refusal",
                equalTo("ALREADY_FOUND_INFRINGING"));
        given().header("Authorization", "Bearer " + token).when().get("/partner/v1/removals/{id}", id)
                .then().statusCode(200).body("items[0].status", equalTo("REMOVED"));
        given().header("Authorization", "Bearer " + token).when().get("/partner/v1/removals?size=1")
                .then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1));
    }

    @Test
    void aBrandOnlyRemovesWhatRelatesToIt_notAnAuthorisedSellersStock() {
        String authorised = SellerEvents.verifiedSeller();
        java.util.Map<String, Object> profile = new java.util.HashMap<>(TestBrands.zentrova(TestBrands.uniqueSuffix(),
                authorised));
        profile.put("selfServiceRemoval", true);
        TestBrands.Registered brand = TestBrands.register(profile);
        String genuine = submitted(listing(authorised, brand.name() + " quilted bag", "handbags", "950.00", 1));
        String other = TestBrands.registerFresh().name();
        String othersBag = submitted(listing(SellerEvents.verifiedSeller(), other + " quilted bag", "handbags",
                "400.00", 3));

        TestRemovals.remove(TestBrands.partnerToken(brand.apiKey()), List.of(genuine, othersBag)).statusCode(201)
                .body("items.status", equalTo(List.of("REFUSED", "REFUSED")))
                .body("items.refusal", equalTo(List.of("NOT_RELATED_TO_BRAND", "NOT_RELATED_TO_BRAND")));
        TestListings.get(genuine).body("verdict", equalTo(null));
        TestListings.get(othersBag).body("verdict", equalTo(null));
    }

    @Test
    void aBrandWithoutThePrivilegeIsRefusedAndNothingIsStored() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String fake = submitted(listing(SellerEvents.verifiedSeller(), brand.name() + " quilted bag", "handbags",
                "400.00", 3));
        String token = TestBrands.partnerToken(brand.apiKey());

        TestRemovals.remove(token, List.of(fake)).statusCode(403).contentType("application/problem+json");
        TestListings.get(fake).body("verdict", equalTo(null));
        given().header("Authorization", "Bearer " + token).when().get("/partner/v1/removals")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void moreThan500ListingsOrNoReasonIsABadRequestNamingTheField() {
        String token = TestBrands.partnerToken(TestRemovals.privilegedBrand().apiKey());
        TestRemovals.remove(token, Collections.nCopies(501, "l-1")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(
                        org.hamcrest.Matchers.containsString("listingIds")));
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(java.util.Map.of("listingIds", List.of("l-1"), "evidence", java.util.Map.of()))
                .when().post("/partner/v1/removals").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("reason")));
        given().header("Authorization", "Bearer " + token).when().get("/partner/v1/removals")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aBrandNeverSeesAnotherBrandsRemovals() {
        TestBrands.Registered a = TestRemovals.privilegedBrand();
        TestBrands.Registered b = TestRemovals.privilegedBrand();
        String fake = submitted(listing(SellerEvents.verifiedSeller(), a.name() + " quilted bag", "handbags",
                "400.00", 3));
        String tokenA = TestBrands.partnerToken(a.apiKey());
        String tokenB = TestBrands.partnerToken(b.apiKey());
        String id = TestRemovals.remove(tokenA, List.of(fake)).statusCode(201).extract().path("id");

        given().header("Authorization", "Bearer " + tokenB).when().get("/partner/v1/removals/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + tokenB).when().get("/partner/v1/removals")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        // nor remove A's listings: they show none of B's words, products or images
        String another = submitted(listing(SellerEvents.verifiedSeller(), a.name() + " quilted bag", "handbags",
                "400.00", 3));
        TestRemovals.remove(tokenB, List.of(another)).statusCode(201)
                .body("items[0].refusal", equalTo("NOT_RELATED_TO_BRAND"));
        TestListings.get(another).body("verdict", equalTo(null));
        given().header("Authorization", "Bearer " + tokenA).when().get("/partner/v1/removals/{id}", id)
                .then().statusCode(200).body("items[0].status", equalTo("REMOVED"));
    }
}
