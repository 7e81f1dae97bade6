package dev.ccp.listing.sellers.application;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClosedSellerRemovalTest {
    private static final int UPLOADED = 3_000;
    /** listing.seller-closure.chunk-size */
    private static final int CHUNK = 500;

    @Inject
    DataSource dataSource;

    @Test
    void aClosedSellersThousandsOfListingsAreRemovedChunkByChunkEachAnnouncedOnce() throws Exception {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        for (int upload = 0; upload < UPLOADED / 500; upload++) {
            upload(seller, upload);
        }
        String held = submitted(listing(seller, "Strap compatible with " + brand.name() + " bags", "handbags",
                "15.00", 10, brand.referenceImage()));
        TestListings.get(held).body("status", equalTo("HELD"));
        String blocked = submitted(listing(seller, "Quilted shoulder bag " + brand.name() + " AAA quality replica",
                "handbags", "45.00", 5));
        TestListings.get(blocked).body("status", equalTo("BLOCKED"));
        String takenDown = submitted(listing(seller, "Garden gnome", "garden", "12.00", 3));
        TestListings.remove(takenDown, "takedown-" + takenDown, "COUNTERFEIT", "takedown t-7").statusCode(200);
        int live = count(seller, "PUBLISHED") + count(seller, "HELD");
        assertThat(live).isGreaterThan(UPLOADED - 10);

        EventEnvelope closure = EventEnvelope.wrap("/seller-service",
                new SellerClosed(seller, "COUNTERFEIT", "takedown t-7", Instant.now()), Instant.now());
        try (Connection other = dataSource.getConnection()) {
            // Another transaction holds the listing the last chunk needs: every chunk before it commits on its own.
            other.setAutoCommit(false);
            String last = lockLastLiveListing(other, seller);
            TestKafka.sendCloudEvents(Topics.SELLERS, Map.of(seller, EventJson.write(closure)));

            int inEarlierChunks = live - ((live - 1) % CHUNK + 1);
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(seller, "REMOVED") == 1 + inEarlierChunks);
            Thread.sleep(500);
            assertThat(count(seller, "REMOVED")).as("the last chunk waits").isEqualTo(1 + inEarlierChunks);
            assertThat(TestListings.get(last).extract().<String>path("status")).isIn("PUBLISHED", "HELD");
            other.rollback();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(seller, "REMOVED") == live + 1);
        assertThat(count(seller, "PUBLISHED") + count(seller, "HELD")).isZero();
        TestListings.get(blocked).body("status", equalTo("BLOCKED"));

        assertThat(removedBy(closure, live, Duration.ofSeconds(60))).hasSize(live)
                .doesNotContain(takenDown).doesNotHaveDuplicates();
        // delivered again (a consumer restart, a rebalance), or closed once more: nothing is removed twice
        EventEnvelope again = EventEnvelope.wrap("/seller-service",
                new SellerClosed(seller, "COUNTERFEIT", "takedown t-8", Instant.now()), Instant.now());
        TestKafka.sendCloudEvents(Topics.SELLERS, Map.of(seller, EventJson.write(closure)));
        TestKafka.sendCloudEvents(Topics.SELLERS, Map.of(seller, EventJson.write(again)));
        // the seller's events apply in order: once this one shows, both closures above were applied
        SellerEvents.sendAndAwait(new SellerSuspended(seller, "after the closures", "ivan", Instant.now()), seller,
                "SUSPENDED");
        assertThat(removedBy(closure, Integer.MAX_VALUE, Duration.ofSeconds(5))).hasSize(live);
        assertThat(removedBy(again, Integer.MAX_VALUE, Duration.ofSeconds(3))).isEmpty();

        given().header("Authorization", TestTokens.bearer("legal")).when().get("/api/v1/listings/{id}/actions", held)
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].reason", equalTo("SELLER_CLOSED")).body("[0].reference", equalTo(closure.id()))
                .body("[0].actor", equalTo("/seller-service")).body("[0].statusBefore", equalTo("HELD"));
    }

    private static void upload(String seller, int upload) {
        List<Map<String, Object>> listings = IntStream.range(0, 500)
                .mapToObj(i -> listing(seller, "Garden planter no. " + upload + "-" + i, "garden", "14.00", 5))
                .toList();
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Map.of("listings", listings)).when().post("/api/v1/listings/batch")
                .then().statusCode(200);
    }

    /** The seller's live listing that the removal's last chunk picks (they go in the database's id order). */
    private static String lockLastLiveListing(Connection connection, String seller) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("""
                select id from listing where seller_id = ? and status in ('PUBLISHED', 'HELD')
                order by id desc limit 1 for update""")) {
            select.setString(1, seller);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static int count(String seller, String status) {
        return given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/listings?sellerId={s}&status={st}&page=0&size=1", seller, status)
                .then().statusCode(200).extract().path("total");
    }

    /** The listings that {@code listing.removed} events naming the closure as their reference announce. */
    private static List<String> removedBy(EventEnvelope closure, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = TestKafka.await(Topics.LISTINGS,
                r -> r.value().contains(closure.id()) && EventJson.read(r.value()).payload()
                        instanceof ListingRemoved removed && removed.reference().equals(closure.id()), count, timeout);
        List<String> ids = new ArrayList<>();
        found.forEach(r -> ids.add(r.key()));
        return ids;
    }
}
