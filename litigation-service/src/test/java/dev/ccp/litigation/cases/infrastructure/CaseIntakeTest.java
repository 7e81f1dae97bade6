package dev.ccp.litigation.cases.infrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ccp.litigation.support.Enforcement.applied;
import static dev.ccp.litigation.support.Enforcement.casesOf;
import static dev.ccp.litigation.support.Enforcement.closure;
import static dev.ccp.litigation.support.Enforcement.confirmation;
import static dev.ccp.litigation.support.Enforcement.entryTypes;
import static dev.ccp.litigation.support.Enforcement.promotion;
import static dev.ccp.litigation.support.Enforcement.publish;
import static dev.ccp.litigation.support.Enforcement.refunded;
import static dev.ccp.litigation.support.Enforcement.takedown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.Enforcement;
import dev.ccp.litigation.support.ListingServiceStub;
import dev.ccp.litigation.support.SellerServiceStub;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The case intake, fed through the real broker with the other services' contract records. */
@QuarkusTest
class CaseIntakeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DataSource db;

    @Inject
    MeterRegistry metrics;

    @Test
    void linkedSellersAreGroupedIntoOneCasePerBrand() {
        String a = Cases.unique("s"), b = Cases.unique("s"), c = Cases.unique("s");
        String brand = Cases.unique("b-bmw"), other = Cases.unique("b-mini");
        SellerServiceStub.cluster(a, b, c);
        ListingServiceStub.brand(brand, "Bayerische Motoren Werke");

        publish(closure(a), confirmation(Cases.unique("l"), a, brand));
        String caseId = await().atMost(WAIT).until(() -> casesOf(a).getList("id", String.class), ids -> ids.size() == 1)
                .get(0);
        JsonPath opened = casesOf(a);
        assertThat(opened.getList("[0].defendants.sellerId", String.class)).containsExactly(a, b, c);
        assertThat(opened.getList("[0].defendants.role", String.class)).containsOnly("SELLER");
        assertThat(opened.getList("[0].defendants.country", String.class)).containsOnly("ES");
        assertThat(opened.getList("[0].brandIds", String.class)).containsExactly(brand);
        assertThat(opened.getString("[0].openedBy")).isEqualTo("litigation-service");
        assertThat(opened.getString("[0].title"))
                .isEqualTo(a + " S.L. and 2 linked accounts: counterfeits of Bayerische Motoren Werke");
        ListingServiceStub.admin().verifyThat(moreThanOrExactly(1), getRequestedFor(urlPathEqualTo(
                ListingServiceStub.path(brand))).withHeader("Authorization", matching("Bearer .+")));

        // a linked seller's confirmation and takedown for the same brand join the case; another brand has its own
        EventEnvelope closedB = closure(b);
        EventEnvelope second = confirmation(Cases.unique("l"), b, brand);
        EventEnvelope otherBrand = confirmation(Cases.unique("l"), b, other);
        publish(closedB, second, otherBrand);
        await().atMost(WAIT).until(() -> applied(db, closedB) && applied(db, second) && applied(db, otherBrand));
        assertThat(casesOf(b).getList("id", String.class)).hasSize(2).contains(caseId);
        assertThat(casesOf(c).getList("id", String.class)).hasSize(2).contains(caseId);
        Cases.reading("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("totals.listings", org.hamcrest.Matchers.equalTo(2))
                .body("totals.accountsClosed", org.hamcrest.Matchers.equalTo(2));
        assertThat(entryTypes(caseId)).containsExactly("SELLER_IDENTITY", "SELLER_IDENTITY", "SELLER_IDENTITY",
                "LISTING_SNAPSHOT", "SCREENING_REPORT", "LISTING_SNAPSHOT", "SCREENING_REPORT");
        Map<String, Object> identity = Cases.reading("/api/v1/cases/{id}/evidence/1", caseId).then().extract()
                .path("content");
        assertThat(identity).containsEntry("sellerId", a).containsEntry("legalName", a + " S.L.")
                .containsEntry("source", "seller-service").containsEntry("email", a + "@example.es")
                .containsEntry("taxId", "B12345678");
        assertThat(identity.get("address")).asString().contains("Alicante");
        SellerServiceStub.admin().verifyThat(moreThanOrExactly(1), getRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + a + "/identity")).withHeader("X-Purpose", containing("evidence")));
        assertThat(Enforcement.publishedTypes(db, caseId)).containsExactly("case.opened");
        await().atMost(WAIT).until(() -> metrics.find("ccp.cases").tag("status", "OPEN").gauge().value() >= 2);
        assertThat(metrics.find("ccp.evidence.entries.recorded").tag("type", "SELLER_IDENTITY").counter().count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void eachEntryIsAddedOnceAndEachTotalCountedOnceWhenEventsAreRedelivered() {
        String seller = Cases.unique("s"), listing = Cases.unique("l"), brand = Cases.unique("b");
        EventEnvelope closed = closure(seller);
        EventEnvelope confirmed = confirmation(listing, seller, brand);
        EventEnvelope takenDown = takedown(listing, seller, brand, 40,
                List.of(refunded("347.94", "EUR", 2), refunded("1200", "JPY", 1)));
        Enforcement.publishInTurn(db, closed, confirmed, takenDown);
        String caseId = casesOf(seller).getString("[0].id");

        double before = duplicates();
        publish(closed, confirmed, takenDown, confirmed);
        await().atMost(WAIT).until(() -> duplicates() >= before + 4);

        assertThat(entryTypes(caseId)).containsExactly("SELLER_IDENTITY", "LISTING_SNAPSHOT", "SCREENING_REPORT",
                "TAKEDOWN_RECORD", "REFUND_RECORD");
        JsonPath view = Cases.reading("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().jsonPath();
        assertThat(view.getInt("totals.listings")).isEqualTo(1);
        assertThat(view.getLong("totals.unitsHeld")).isEqualTo(40);
        assertThat(view.getLong("totals.customersRefunded")).isEqualTo(3);
        assertThat(view.getInt("totals.accountsClosed")).isEqualTo(1);
        assertThat(view.getList("totals.refunded")).containsExactly(
                Map.of("amount", "347.94", "currency", "EUR", "minorUnits", 34794),
                Map.of("amount", "1200", "currency", "JPY", "minorUnits", 1200));
        assertThat(casesOf(seller).getList("[0].totals.refunded.currency", String.class)).containsExactly("EUR", "JPY");
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().body("valid",
                org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aConfirmationWaitsForItsSellersClosureToOpenTheCaseWithItsEvidence() {
        String seller = Cases.unique("s"), listing = Cases.unique("l"), brand = Cases.unique("b");
        EventEnvelope confirmed = confirmation(listing, seller, brand);
        EventEnvelope takenDown = takedown(listing, seller, brand, 12, List.of(refunded("59.70", "EUR", 3)));
        Enforcement.publishInTurn(db, confirmed, takenDown);
        assertThat(casesOf(seller).getList("id")).isEmpty();

        publish(closure(seller));
        await().atMost(WAIT).until(() -> casesOf(seller).getList("id").size() == 1);
        String caseId = casesOf(seller).getString("[0].id");
        assertThat(entryTypes(caseId)).containsExactly("SELLER_IDENTITY", "LISTING_SNAPSHOT", "SCREENING_REPORT",
                "TAKEDOWN_RECORD", "REFUND_RECORD");
        assertThat(casesOf(seller).getString("[0].title")).as("neither service knows the seller or the brand: ids")
                .isEqualTo("seller " + seller + ": counterfeits of brand " + brand);
        assertThat(casesOf(seller).getLong("[0].totals.unitsHeld")).isEqualTo(12);
        assertThat(casesOf(seller).getInt("[0].totals.accountsClosed")).isEqualTo(1);
    }

    @Test
    void aReversedTakedownIsNotedInItsCaseOnceAndAnOverturnedFindingOpensNoCase() {
        String seller = Cases.unique("s"), listing = Cases.unique("l"), brand = Cases.unique("b");
        EventEnvelope takenDown = takedown(listing, seller, brand, 12, List.of(refunded("59.70", "EUR", 3)));
        Enforcement.publishInTurn(db, closure(seller), confirmation(listing, seller, brand), takenDown);
        String caseId = casesOf(seller).getString("[0].id");

        EventEnvelope reversed = Enforcement.reversal(takenDown, "cn-" + listing);
        Enforcement.publishInTurn(db, reversed, Enforcement.again(reversed));
        assertThat(entryTypes(caseId)).containsExactly("SELLER_IDENTITY", "LISTING_SNAPSHOT", "SCREENING_REPORT",
                "TAKEDOWN_RECORD", "REFUND_RECORD", "NOTE");
        Map<String, Object> note = Cases.reading("/api/v1/cases/{id}/evidence/6", caseId).then().extract()
                .path("content");
        assertThat(note).containsEntry("action", "TAKEDOWN_REVERSED").containsEntry("cause", "COUNTER_NOTICE_UPHELD")
                .containsEntry("reference", "cn-" + listing).containsEntry("listingId", listing);
        assertThat(casesOf(seller).getLong("[0].totals.unitsHeld")).as("the stock was held all the same")
                .isEqualTo(12);

        // a finding overturned before its seller was closed: the closure opens no case for it
        String other = Cases.unique("s"), overturned = Cases.unique("l");
        EventEnvelope pending = takedown(overturned, other, brand, 5, List.of());
        Enforcement.publishInTurn(db, confirmation(overturned, other, brand), pending,
                Enforcement.reversal(pending, "cn-" + overturned), closure(other));
        assertThat(casesOf(other).getList("id")).isEmpty();
    }

    @Test
    void aClosureWaitsForTheSellersFirstConfirmedCounterfeitOfARegisteredBrand() {
        String seller = Cases.unique("s"), brand = Cases.unique("b");
        EventEnvelope closed = closure(seller);
        EventEnvelope unbranded = confirmation(Cases.unique("l"), seller);
        Enforcement.publishInTurn(db, closed, unbranded);
        assertThat(casesOf(seller).getList("id")).as("no registered brand, no case").isEmpty();

        EventEnvelope confirmed = confirmation(Cases.unique("l"), seller, brand);
        publish(confirmed);
        await().atMost(WAIT).until(() -> casesOf(seller).getList("id").size() == 1);
        assertThat(casesOf(seller).getList("[0].brandIds", String.class)).containsExactly(brand);
        assertThat(entryTypes(casesOf(seller).getString("[0].id"))).containsExactly("SELLER_IDENTITY",
                "LISTING_SNAPSHOT", "SCREENING_REPORT");
    }

    @Test
    void theInfluencerBehindAPromotionOfTheCasesListingsIsNamedADefendant() {
        String seller = Cases.unique("s"), listing = Cases.unique("l"), brand = Cases.unique("b-cartier");
        EventEnvelope early = promotion("@love.screw.deals", brand, listing);
        publish(early);
        await().atMost(WAIT).until(() -> applied(db, early));
        publish(closure(seller), confirmation(listing, seller, brand));
        await().atMost(WAIT).until(() -> casesOf(seller).getList("id").size() == 1);
        String caseId = casesOf(seller).getString("[0].id");

        EventEnvelope otherBrand = promotion("@elsewhere", Cases.unique("b"), listing);
        EventEnvelope later = promotion("@bracelets.cheap", brand, listing, Cases.unique("l"));
        Enforcement.publishInTurn(db, otherBrand, later);

        JsonPath view = Cases.reading("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("defendants.sellerId", String.class))
                .containsExactly(seller, "@love.screw.deals", "@bracelets.cheap");
        assertThat(view.getList("defendants.role", String.class)).containsExactly("SELLER", "INFLUENCER", "INFLUENCER");
        assertThat(entryTypes(caseId)).containsExactly("SELLER_IDENTITY", "LISTING_SNAPSHOT", "SCREENING_REPORT",
                "SOCIAL_MEDIA_POST", "NOTE", "SOCIAL_MEDIA_POST", "NOTE");
        Map<String, Object> post = Cases.reading("/api/v1/cases/{id}/evidence/4", caseId).then().extract()
                .path("content");
        assertThat(post).containsEntry("accountHandle", "@love.screw.deals").containsEntry("platform", "INSTAGRAM");
    }

    @Test
    void whileSellerServiceIsDownTheConfirmationIsHeldAndRetriedNeverParked() {
        String seller = Cases.unique("s"), linked = Cases.unique("s"), listing = Cases.unique("l");
        SellerServiceStub.cluster(seller, linked);
        String links = "/api/v1/sellers/" + seller + "/links";
        for (int failure = 0; failure < 6; failure++) {
            SellerServiceStub.admin().register(get(urlPathEqualTo(links)).atPriority(1).inScenario(seller)
                    .whenScenarioStateIs(failure == 0 ? "Started" : "down-" + failure)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("down-" + (failure + 1)));
        }
        SellerServiceStub.admin().register(get(urlPathEqualTo(links)).atPriority(1).inScenario(seller)
                .whenScenarioStateIs("down-6").willReturn(okJson("[{\"sellerId\": \"" + linked
                        + "\", \"status\": \"CLOSED\", \"sharedAttributes\": [\"PHONE\"]}]")));

        EventEnvelope confirmed = confirmation(listing, seller, Cases.unique("b"));
        publish(closure(seller), confirmed);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(db, confirmed));

        assertThat(casesOf(seller).getList("[0].defendants.sellerId", String.class)).containsExactly(seller, linked);
        SellerServiceStub.admin().verifyThat(moreThanOrExactly(7),
                getRequestedFor(urlPathEqualTo(links)));
        assertThat(TestKafka.during("listings.v1.dlq", r -> listing.equals(r.key()), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void whileListingServiceIsDownTheOpeningIsHeldAndRetriedNeverParked() {
        String seller = Cases.unique("s"), listing = Cases.unique("l"), brand = Cases.unique("b");
        SellerServiceStub.cluster(seller);
        String path = ListingServiceStub.path(brand);
        for (int failure = 0; failure < 6; failure++) {
            ListingServiceStub.admin().register(get(urlPathEqualTo(path)).atPriority(1).inScenario(brand)
                    .whenScenarioStateIs(failure == 0 ? "Started" : "down-" + failure)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("down-" + (failure + 1)));
        }
        ListingServiceStub.brand(brand, "Cartier");

        // the closure first: then the confirmation is the fact that opens the case, and the one held meanwhile
        Enforcement.publishInTurn(db, closure(seller));
        EventEnvelope confirmed = confirmation(listing, seller, brand);
        publish(confirmed);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(db, confirmed));

        assertThat(casesOf(seller).getList("title", String.class))
                .containsExactly(seller + " S.L.: counterfeits of Cartier");
        ListingServiceStub.admin().verifyThat(moreThanOrExactly(7), getRequestedFor(urlPathEqualTo(path)));
        assertThat(TestKafka.during("listings.v1.dlq", r -> listing.equals(r.key()), Duration.ofSeconds(2))).isEmpty();
    }

    private double duplicates() {
        return metrics.find("ccp.inbox.duplicates").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
