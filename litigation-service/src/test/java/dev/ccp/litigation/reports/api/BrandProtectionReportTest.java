package dev.ccp.litigation.reports.api;

import static dev.ccp.litigation.support.Cases.legal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.ccp.contracts.Money;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.contracts.seller.DecisionReason;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.contracts.seller.SellerRejected;
import dev.ccp.contracts.takedown.RefundIssued;
import dev.ccp.contracts.takedown.TakedownInventoryHeld;
import dev.ccp.contracts.takedown.TakedownListingRemoved;
import dev.ccp.contracts.takedown.TakedownOpened;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.OwnerEvents;
import dev.ccp.litigation.support.OwnerEvents.Sent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The yearly report from events published to the real broker exactly as their owners publish them, re-delivered,
 * and spread over the year before and after; legal actions through the legal API. The expected figures are
 * counted from the scenario itself, figure by figure.
 */
@QuarkusTest
class BrandProtectionReportTest {
    private static final int YEAR = 2019;
    private static final int NEXT = 2020;
    private static final int BEFORE = 2018;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<String> TOTALS = List.of("bad-actor-account-attempts-blocked",
            "listings-blocked-proactively", "listings-blocked-after-brand-report", "listings-removed", "units-held",
            "customers-refunded", "orders-refunded", "accounts-closed", "civil-suits-filed", "criminal-referrals",
            "judgments", "judgments-for-plaintiff", "settlements");

    @Test
    void everyFigureIsWhatTheScenarioHeldInItsOwnYearCountedOnceAndJsonAndCsvAgree() {
        Map<String, Double> duplicatesBefore = duplicatesSeen();
        Scenario s = new Scenario();

        // Account attempts: two refused in the year (a re-registration on arrival, one on review), one on each
        // side of it; registrations that were not refused count nothing.
        String reregistration = s.rejected("REREGISTRATION_BANK_ACCOUNT", at(YEAR, 3, 1, 10));
        s.redeliver(s.last);
        s.rejected("REJECTED_ON_REVIEW", at(YEAR, 7, 1, 9));
        s.rejected("REREGISTRATION_DOCUMENT", Instant.parse(BEFORE + "-12-31T23:59:59Z"));
        s.rejected("REREGISTRATION_PHONE", Instant.parse(NEXT + "-01-01T00:00:00Z"));
        s.ignored(Topics.SELLERS, "seller-service", new SellerRegistered(reregistration, "Valve Caps ES", "ES",
                at(YEAR, 3, 1, 10)));

        // Accounts closed: two in the year (one re-delivered), one just after it.
        s.closed(Cases.unique("s"), at(YEAR, 5, 5, 12));
        s.closed(Cases.unique("s"), at(YEAR, 11, 30, 8));
        s.redeliver(s.last);
        s.closed(Cases.unique("s"), Instant.parse(NEXT + "-01-01T00:00:01Z"));

        // Listings, each with its story and the class it falls in.
        String l1 = s.listing(); // blocked at submission, reported and removed later: proactive
        s.blocked(l1, ScreeningCause.SUBMITTED, at(YEAR, 2, 1, 10));
        s.reported(at(YEAR, 2, 10, 10), l1);
        s.removed(l1, "COUNTERFEIT", at(YEAR, 2, 12, 10));
        s.expect(YEAR, "listings-blocked-proactively", l1);

        String l2 = s.listing(); // blocked at submission, never reported: proactive, once although re-delivered
        s.blocked(l2, ScreeningCause.SUBMITTED, at(YEAR, 4, 1, 10));
        s.redeliver(s.last);
        s.expect(YEAR, "listings-blocked-proactively", l2);

        String l3 = s.listing(); // reported, blocked by the re-screen the report caused: after a brand report
        String l4 = s.listing(); // reported in the same report, removed by a takedown: after a brand report
        String l5 = s.listing(); // reported, nothing happened: no class
        s.reported(at(YEAR, 5, 1, 10), l3, l4, l5);
        s.redeliver(s.last);
        s.blocked(l3, ScreeningCause.RESCREENED, at(YEAR, 5, 1, 10).plusMillis(3));
        s.expect(YEAR, "listings-blocked-after-brand-report", l3);
        s.removed(l4, "COUNTERFEIT", at(YEAR, 6, 1, 10));
        s.takedownRemoved(l4, at(YEAR, 6, 1, 10).plusMillis(40));
        s.expect(YEAR, "listings-blocked-after-brand-report", l4);

        String l6 = s.listing(); // published: not blocked
        s.ignored(Topics.LISTINGS, "listing-service", new ListingPublished(l6, s.seller, List.of("b-bmw"), 5,
                List.of(), ScreeningCause.SUBMITTED, at(YEAR, 3, 3, 3)));

        String l7 = s.listing(); // blocked a millisecond before the year: proactive the year before
        s.blocked(l7, ScreeningCause.SUBMITTED, Instant.parse(BEFORE + "-12-31T23:59:59.999Z"));
        s.expect(BEFORE, "listings-blocked-proactively", l7);

        String l8 = s.listing(); // blocked at the first instant of the next year
        s.blocked(l8, ScreeningCause.UPDATED, Instant.parse(NEXT + "-01-01T00:00:00Z"));
        s.expect(NEXT, "listings-blocked-proactively", l8);

        String l9 = s.listing(); // a moderator's verdict blocked it, a brand reported it afterwards: proactive
        s.blocked(l9, ScreeningCause.REVIEWED, at(YEAR, 8, 1, 10));
        s.reported(at(YEAR, 9, 1, 10), l9);
        s.expect(YEAR, "listings-blocked-proactively", l9);

        // reported and held, then a moderator's verdict blocks it: after a brand report, although the event's
        // screenedAt is the re-screen the report caused, a moment before the report was stamped received
        String verdictAfterReport = s.listing();
        s.reported(at(YEAR, 10, 1, 10), verdictAfterReport);
        s.blockedOnVerdict(verdictAfterReport, at(YEAR, 10, 1, 10).minusMillis(2), at(YEAR, 10, 2, 9));
        s.expect(YEAR, "listings-blocked-after-brand-report", verdictAfterReport);

        String l10 = s.listing(); // reported at the year's end, removed in the next: after a report, next year
        s.reported(at(YEAR, 12, 31, 23), l10);
        s.removed(l10, "COUNTERFEIT", Instant.parse(NEXT + "-01-01T01:00:00Z"));
        s.expect(NEXT, "listings-blocked-after-brand-report", l10);

        String l11 = s.listing(); // removed because its seller was closed (re-delivered)
        s.removed(l11, "SELLER_CLOSED", at(YEAR, 11, 30, 8));
        s.redeliver(s.last);
        String l12 = s.listing(); // only takedown-service's confirmation of the removal came
        s.takedownRemoved(l12, at(YEAR, 10, 10, 10));

        // Takedowns: stock held, refunds (one customer on two orders, one order without a customer id).
        s.ignored(Topics.TAKEDOWNS, "takedown-service", new TakedownOpened("t-" + l4, l4, s.seller,
                List.of("b-bmw"), 12, true, "moderator-1", at(YEAR, 6, 1, 9), UUID.randomUUID().toString(),
                at(YEAR, 6, 1, 9)));
        s.held(l4, 12, at(YEAR, 6, 1, 11));
        s.redeliver(s.last);
        s.held(l12, 5, at(YEAR, 10, 10, 11));
        s.held(s.listing(), 7, Instant.parse(NEXT + "-01-01T00:00:00Z"));
        String buyer = Cases.unique("c");
        s.refunded(l4, buyer, "173.97", "EUR", at(YEAR, 6, 2, 10));
        s.redeliver(s.last);
        s.refunded(l4, buyer, "10.03", "EUR", at(YEAR, 6, 2, 10));
        s.refunded(l12, Cases.unique("c"), "1200", "JPY", at(YEAR, 10, 11, 10));
        s.refunded(l12, null, "5.00", "USD", at(YEAR, 10, 11, 10));
        s.refunded(l12, Cases.unique("c"), "0.50", "EUR", Instant.parse(NEXT + "-01-01T00:00:00Z"));

        // Legal actions through the legal API, dated by filing and entry dates.
        String won = s.filed(LocalDate.of(YEAR, 3, 2));
        s.judgment(won, true, LocalDate.of(YEAR, 12, 31));
        String lost = s.filed(LocalDate.of(YEAR, 5, 1));
        s.judgment(lost, false, LocalDate.of(YEAR, 9, 9));
        s.filed(LocalDate.of(NEXT, 1, 1));
        String settled = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        legal(settled, "referrals", Map.of("agency", "UK_PIPCU", "jurisdiction", "UK", "summary", "UK leg"))
                .then().statusCode(200);
        s.settlement(settled, LocalDate.of(YEAR, 6, 6));
        s.filed(LocalDate.of(BEFORE, 12, 31));

        // Core's consumer has seen (and skipped) the re-deliveries; at least, since other tests' events on the same
        // topics may still be arriving.
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                s.redeliveries.forEach((consumer, count) -> assertThat(duplicatesSeen().getOrDefault(consumer, 0.0)
                        - duplicatesBefore.getOrDefault(consumer, 0.0)).as(consumer)
                        .isGreaterThanOrEqualTo(count.doubleValue())));
        for (int year : List.of(YEAR, BEFORE, NEXT)) {
            Map<String, String> expected = s.expected(year);
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(csv(year)).as("report of %d", year).isEqualTo(expected));
            assertThat(json(year)).as("JSON report of %d", year).isEqualTo(expected);
        }
        assertThat(s.expected(YEAR)).containsEntry("listings-blocked-proactively-percent|", "50.0")
                .containsEntry("amount-refunded|EUR", "184.00").containsEntry("customers-refunded|", "3");
    }

    @Test
    void criminalReferralsAreCountedByJurisdictionInTheYearTheyWereSent() {
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        Map<String, String> before = csv(thisYear);
        Map<String, Integer> sent = new TreeMap<>();
        String usAndEu = Cases.investigating(List.of("b-cartier"), Cases.unique("s"));
        refer(usAndEu, "IPR_CENTER", "US", sent);
        refer(usAndEu, "CBP", "US", sent);
        refer(usAndEu, "EUROPOL", "EU", sent);
        String filed = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        legal(filed, "filing", Cases.filing(List.of())).then().statusCode(200);
        refer(filed, "NATIONAL_AUTHORITY", "ES", sent);
        refer(filed, "CHINA_PSB", "CN", sent);
        legal(filed, "referrals", Map.of("agency", "CBP", "jurisdiction", "UK", "summary", "refused"))
                .then().statusCode(400);

        Map<String, String> after = csv(thisYear);
        assertThat(count(after, "criminal-referrals|") - count(before, "criminal-referrals|"))
                .isEqualTo(sent.values().stream().mapToInt(Integer::intValue).sum());
        sent.forEach((jurisdiction, count) -> assertThat(count(after, "criminal-referrals-by-jurisdiction|" + jurisdiction)
                - count(before, "criminal-referrals-by-jurisdiction|" + jurisdiction)).as(jurisdiction).isEqualTo(count));
        assertThat(json(thisYear)).isEqualTo(after);
    }

    @Test
    void aYearWithoutDataAnswersZerosInBothForms() {
        Map<String, String> zeros = new LinkedHashMap<>();
        TOTALS.forEach(figure -> zeros.put(figure + "|", "0"));
        zeros.put("listings-blocked-proactively-percent|", "0.0");
        assertThat(csv(2013)).isEqualTo(zeros);
        assertThat(json(2013)).isEqualTo(zeros);
        given().header("Authorization", TestTokens.bearer("moderator")).get("/api/v1/reports/brand-protection?year=2000")
                .then().statusCode(200).body("year", equalTo(2000)).body("amountsRefunded.size()", equalTo(0));
    }

    @Test
    void aMissingMalformedOrOutOfRangeYearIsABadRequestNamingYear() {
        for (String year : List.of("1999", "2101", "20x9", "19", "02019", "2019.0", "")) {
            for (String accept : List.of("application/json", "text/csv")) {
                given().header("Authorization", TestTokens.bearer("legal")).accept(accept)
                        .queryParam("year", year).get("/api/v1/reports/brand-protection")
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", equalTo(List.of("year")));
            }
        }
        given().header("Authorization", TestTokens.bearer("legal")).get("/api/v1/reports/brand-protection")
                .then().statusCode(400).body("errors.field", equalTo(List.of("year")));
        given().get("/api/v1/reports/brand-protection?year=2019").then().statusCode(401);
    }

    private static void refer(String caseId, String agency, String jurisdiction, Map<String, Integer> sent) {
        legal(caseId, "referrals", Map.of("agency", agency, "jurisdiction", jurisdiction, "summary", "referred"))
                .then().statusCode(200);
        sent.merge(jurisdiction, 1, Integer::sum);
    }

    private static int count(Map<String, String> report, String key) {
        return Integer.parseInt(report.getOrDefault(key, "0"));
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /** The CSV report as {@code figure|dimension → value}; each figure and dimension appears once. */
    private static Map<String, String> csv(int year) {
        String body = given().header("Authorization", TestTokens.bearer("investigator")).accept("text/csv")
                .get("/api/v1/reports/brand-protection?year=" + year)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        String[] lines = body.split("\r\n");
        assertThat(lines[0]).isEqualTo("figure,dimension,value");
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertThat(cells).hasSize(3);
            assertThat(rows.put(cells[0] + "|" + cells[1], cells[2])).as("line %s once", lines[i]).isNull();
        }
        return rows;
    }

    /** The JSON report in the CSV's terms, so that the two can be compared. */
    private static Map<String, String> json(int year) {
        JsonPath j = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .get("/api/v1/reports/brand-protection?year=" + year)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(j.getInt("year")).isEqualTo(year);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("bad-actor-account-attempts-blocked|", j.getString("badActorAccountAttemptsBlocked"));
        rows.put("listings-blocked-proactively|", j.getString("listingsBlockedProactively"));
        rows.put("listings-blocked-after-brand-report|", j.getString("listingsBlockedAfterBrandReport"));
        rows.put("listings-blocked-proactively-percent|", j.getString("listingsBlockedProactivelyPercent"));
        rows.put("listings-removed|", j.getString("listingsRemoved"));
        rows.put("units-held|", j.getString("unitsHeld"));
        rows.put("customers-refunded|", j.getString("customersRefunded"));
        rows.put("orders-refunded|", j.getString("ordersRefunded"));
        for (Map<String, Object> amount : j.<Map<String, Object>>getList("amountsRefunded")) {
            String currency = (String) amount.get("currency");
            BigDecimal decimal = new BigDecimal((String) amount.get("amount"));
            assertThat(decimal.scale()).isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
            assertThat(decimal.movePointRight(decimal.scale()).longValueExact())
                    .isEqualTo(((Number) amount.get("minorUnits")).longValue());
            rows.put("amount-refunded|" + currency, (String) amount.get("amount"));
        }
        rows.put("accounts-closed|", j.getString("accountsClosed"));
        rows.put("civil-suits-filed|", j.getString("civilSuitsFiled"));
        rows.put("criminal-referrals|", j.getString("criminalReferrals"));
        for (Map<String, Object> referrals : j.<Map<String, Object>>getList("criminalReferralsByJurisdiction")) {
            rows.put("criminal-referrals-by-jurisdiction|" + referrals.get("jurisdiction"),
                    String.valueOf(referrals.get("count")));
        }
        rows.put("judgments|", j.getString("judgments"));
        rows.put("judgments-for-plaintiff|", j.getString("judgmentsForPlaintiff"));
        rows.put("settlements|", j.getString("settlements"));
        return rows;
    }

    /** {@code ccp_inbox_duplicates_total} per consumer name, as core's consumer counts the re-deliveries it skipped. */
    private static Map<String, Double> duplicatesSeen() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> seen = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^ccp_inbox_duplicates_total\\{[^}]*consumer=\"([^\"]+)\"[^}]*\\} ([0-9.Ee+-]+)$")
                .matcher(metrics);
        while (m.find()) {
            seen.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
        }
        return seen;
    }

    /**
     * Publishes the scenario's events and keeps, per year, what each figure must count: the subjects of the
     * distinct counts, the units held and the refunded amounts per currency.
     */
    private static final class Scenario {
        final String seller = Cases.unique("s");
        final Map<String, Integer> redeliveries = new HashMap<>();
        private final Map<Integer, Map<String, Set<String>>> distinct = new HashMap<>();
        private final Map<Integer, Long> unitsHeld = new HashMap<>();
        private final Map<Integer, Map<String, BigDecimal>> refunded = new HashMap<>();
        Sent last;

        String listing() {
            return Cases.unique("l");
        }

        void expect(int year, String figure, String subject) {
            distinct.computeIfAbsent(year, y -> new HashMap<>()).computeIfAbsent(figure, f -> new TreeSet<>())
                    .add(subject);
        }

        void redeliver(Sent sent) {
            sent.redeliver();
            String consumer = switch (sent.topic()) {
                case Topics.SELLERS -> "litigation-reports-sellers";
                case Topics.LISTINGS -> "litigation-reports-listings";
                default -> "litigation-reports-takedowns";
            };
            redeliveries.merge(consumer, 1, Integer::sum);
        }

        void ignored(String topic, String service, dev.ccp.contracts.DomainEvent event) {
            OwnerEvents.publish(topic, service, event, Instant.now());
        }

        String rejected(String reason, Instant at) {
            String id = Cases.unique("s");
            last = OwnerEvents.publish(Topics.SELLERS, "seller-service", new SellerRejected(id, 100,
                    List.of(new DecisionReason(reason, "shares an identity with a barred account")), at), at);
            expect(year(at), "bad-actor-account-attempts-blocked", id);
            return id;
        }

        void closed(String sellerId, Instant at) {
            last = OwnerEvents.publish(Topics.SELLERS, "seller-service",
                    new SellerClosed(sellerId, "COUNTERFEIT", "takedown t-1", at), at);
            expect(year(at), "accounts-closed", sellerId);
        }

        void blocked(String listingId, ScreeningCause cause, Instant at) {
            last = OwnerEvents.publish(Topics.LISTINGS, "listing-service", new ListingBlocked(listingId, seller,
                    List.of("b-bmw"), 95, List.of(new ScreeningSignal("BRAND_TERM_UNAUTHORISED", 60, "BMW")), cause,
                    at), at);
        }

        /** A verdict blocks, at {@code at}, a listing last screened at {@code screenedAt}. */
        void blockedOnVerdict(String listingId, Instant screenedAt, Instant at) {
            last = OwnerEvents.publish(Topics.LISTINGS, "listing-service", new ListingBlocked(listingId, seller,
                    List.of("b-bmw"), 95, List.of(new ScreeningSignal("REPORTED_BY_BRAND", 30, "BMW")),
                    ScreeningCause.REVIEWED, screenedAt), at);
        }

        void removed(String listingId, String reason, Instant at) {
            last = OwnerEvents.publish(Topics.LISTINGS, "listing-service", new ListingRemoved(listingId, seller,
                    List.of("b-bmw"), reason, "takedown t-" + listingId, "takedown-service", at), at);
            expect(year(at), "listings-removed", listingId);
        }

        void reported(Instant at, String... listingIds) {
            last = OwnerEvents.publish(Topics.LISTINGS, "listing-service", new ViolationReportReceived(
                    UUID.randomUUID().toString(), "b-bmw", "COUNTERFEIT", List.of(listingIds), at), at);
        }

        void takedownRemoved(String listingId, Instant at) {
            last = OwnerEvents.publish(Topics.TAKEDOWNS, "takedown-service",
                    new TakedownListingRemoved("t-" + listingId, listingId, seller, at), at);
            expect(year(at), "listings-removed", listingId);
        }

        void held(String listingId, int units, Instant at) {
            last = OwnerEvents.publish(Topics.TAKEDOWNS, "takedown-service",
                    new TakedownInventoryHeld("t-" + listingId, listingId, seller, units, at), at);
            unitsHeld.merge(year(at), (long) units, Long::sum);
        }

        void refunded(String listingId, String customerId, String amount, String currency, Instant at) {
            String order = Cases.unique("o");
            last = OwnerEvents.publish(Topics.TAKEDOWNS, "takedown-service", new RefundIssued("t-" + listingId,
                    UUID.randomUUID().toString(), order, listingId, customerId,
                    new Money(new BigDecimal(amount), currency), "re_" + order, at), at);
            expect(year(at), "orders-refunded", order);
            expect(year(at), "customers-refunded", customerId != null ? customerId : "order " + order);
            refunded.computeIfAbsent(year(at), y -> new TreeMap<>()).merge(currency, new BigDecimal(amount),
                    BigDecimal::add);
        }

        /** Opens and investigates a case, then files its suit on {@code filedOn}; returns the case id. */
        String filed(LocalDate filedOn) {
            String caseId = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
            Map<String, Object> filing = new HashMap<>(Cases.filing(List.of()));
            filing.put("filedOn", filedOn.toString());
            legal(caseId, "filing", filing).then().statusCode(200);
            expect(filedOn.getYear(), "civil-suits-filed", caseId);
            return caseId;
        }

        void judgment(String caseId, boolean forPlaintiff, LocalDate enteredOn) {
            legal(caseId, "judgment", Map.of("forPlaintiff", forPlaintiff, "enteredOn", enteredOn.toString(),
                    "damages", Map.of("amount", "250000.00", "currency", "EUR"))).then().statusCode(200);
            expect(enteredOn.getYear(), "judgments", caseId);
            if (forPlaintiff) {
                expect(enteredOn.getYear(), "judgments-for-plaintiff", caseId);
            }
        }

        void settlement(String caseId, LocalDate enteredOn) {
            legal(caseId, "settlement", Map.of("enteredOn", enteredOn.toString())).then().statusCode(200);
            expect(enteredOn.getYear(), "settlements", caseId);
        }

        /** The report this scenario must give for {@code year}, in the CSV's terms (no referrals: sent today). */
        Map<String, String> expected(int year) {
            Map<String, Set<String>> subjects = distinct.getOrDefault(year, Map.of());
            Map<String, String> rows = new LinkedHashMap<>();
            for (String figure : TOTALS) {
                rows.put(figure + "|", Integer.toString(subjects.getOrDefault(figure, Set.of()).size()));
            }
            rows.put("units-held|", Long.toString(unitsHeld.getOrDefault(year, 0L)));
            refunded.getOrDefault(year, Map.of()).forEach((currency, sum) -> rows.put("amount-refunded|" + currency,
                    sum.setScale(Currency.getInstance(currency).getDefaultFractionDigits()).toPlainString()));
            int proactive = subjects.getOrDefault("listings-blocked-proactively", Set.of()).size();
            int afterReport = subjects.getOrDefault("listings-blocked-after-brand-report", Set.of()).size();
            rows.put("listings-blocked-proactively-percent|", proactive + afterReport == 0 ? "0.0"
                    : BigDecimal.valueOf(proactive * 100L).divide(BigDecimal.valueOf(proactive + afterReport), 1,
                            RoundingMode.HALF_UP).toPlainString());
            return rows;
        }

        private static int year(Instant at) {
            return at.atZone(ZoneOffset.UTC).getYear();
        }
    }
}
