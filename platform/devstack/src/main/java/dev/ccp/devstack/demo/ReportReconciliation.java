package dev.ccp.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * litigation-service's yearly brand-protection report, figure by figure, beside the same figure counted from the
 * services that own the facts: seller-service's accounts, listing-service's listings, verdicts and brand reports,
 * takedown-service's inventory holds and refunds, litigation-service's own filings, referrals and outcomes. The report
 * is a projection of events; this asks the owners' APIs instead, so a lost, doubled or misdated event shows as a
 * difference.
 * <p>The owners answer what stands today, the report what happened in the year: they agree on a stack where nothing
 * was undone (no account or listing reinstated, no stock from an earlier year), which is what the demo and the system
 * test replay. Each figure's {@code source} says what was counted.
 */
public final class ReportReconciliation {
    private static final int PAGE = 200;

    /** One report figure; {@code reported} and {@code owners} in the same canonical text form. */
    public record Figure(String name, String reported, String owners, String source) {
        public boolean agrees() {
            return reported.equals(owners);
        }
    }

    private final DemoClient client;
    private final ServiceAddresses at;
    private final Instant from;
    private final Instant to;
    private final int year;

    private ReportReconciliation(DemoClient client, int year) {
        this.client = client;
        this.at = client.at();
        this.year = year;
        this.from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** With staff tokens signed by the key pair in {@code keysDir}, the one the services trust. */
    public static List<Figure> of(Path keysDir, ServiceAddresses at, int year) throws Exception {
        return of(new DemoClient(new DevTokens(LocalKeys.in(keysDir)), at), year);
    }

    static List<Figure> of(DemoClient client, int year) throws Exception {
        return new ReportReconciliation(client, year).figures();
    }

    /**
     * The figures once they all agree, or as they stand after {@code patience}: the report follows the events, which
     * may still be on their way when the owners already answer.
     */
    public static List<Figure> awaitAgreement(Path keysDir, ServiceAddresses at, int year, Duration patience)
            throws Exception {
        return awaitAgreement(new DemoClient(new DevTokens(LocalKeys.in(keysDir)), at), year, patience);
    }

    static List<Figure> awaitAgreement(DemoClient client, int year, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        List<Figure> figures = of(client, year);
        while (!figures.stream().allMatch(Figure::agrees) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            figures = of(client, year);
        }
        return figures;
    }

    private List<Figure> figures() throws Exception {
        JsonNode report = ok(client.get(at.cases() + "/api/v1/reports/brand-protection?year=" + year, "legal"),
                "the report");
        List<Figure> figures = new ArrayList<>();
        sellers(report, figures);
        Listings listings = listings();
        figures.add(count(report, "listingsBlockedProactively", listings.proactive,
                "listing-service: listings first blocked (by screening or a verdict) before any brand report named them"));
        figures.add(count(report, "listingsBlockedAfterBrandReport", listings.afterReport,
                "listing-service: listings a brand reported first, blocked or removed at or after that report"));
        figures.add(new Figure("listingsBlockedProactivelyPercent",
                report.path("listingsBlockedProactivelyPercent").asText(),
                percent(listings.proactive, listings.proactive + listings.afterReport),
                "the first of those two as a share of both"));
        figures.add(count(report, "listingsRemoved", listings.removed,
                "listing-service: listings REMOVED now, removed in the year"));
        takedowns(report, figures);
        legal(report, figures);
        return figures;
    }

    private void sellers(JsonNode report, List<Figure> figures) throws Exception {
        long rejected = countPages(at.sellers() + "/api/v1/sellers?status=REJECTED",
                s -> within(s.at("/verification/decidedAt")));
        figures.add(count(report, "badActorAccountAttemptsBlocked", rejected,
                "seller-service: applications REJECTED in the year (re-registrations and rejections on review)"));
        long closed = countPages(at.sellers() + "/api/v1/sellers?status=CLOSED",
                s -> within(s.at("/closure/closedAt")));
        figures.add(count(report, "accountsClosed", closed, "seller-service: accounts CLOSED in the year"));
    }

    /** Listings by their verdicts, screening and brand reports, as listing-service holds them. */
    private Listings listings() throws Exception {
        Listings counted = new Listings();
        for (JsonNode listing : pages(at.listings() + "/api/v1/listings?")) {
            String id = listing.path("id").asText();
            Instant removedAt = instant(listing.at("/removal/removedAt"));
            if ("REMOVED".equals(listing.path("status").asText()) && within(removedAt)) {
                counted.removed++;
            }
            Instant blockedAt = firstBlock(listing,
                    ok(client.get(at.listings() + "/api/v1/listings/" + id + "/decisions", "investigator"), id));
            Instant reportedAt = null;
            for (JsonNode report : ok(client.get(at.listings() + "/api/v1/listings/" + id + "/violation-reports",
                    "investigator"), id)) {
                Instant received = instant(report.path("receivedAt"));
                reportedAt = reportedAt == null || received.isBefore(reportedAt) ? received : reportedAt;
            }
            if (blockedAt != null && (reportedAt == null || blockedAt.isBefore(reportedAt))) {
                counted.proactive += within(blockedAt) ? 1 : 0;
            } else if (reportedAt != null) {
                Instant actedOn = earliest(blockedAt, removedAt);
                counted.afterReport += actedOn != null && !actedOn.isBefore(reportedAt) && within(actedOn) ? 1 : 0;
            }
        }
        return counted;
    }

    /**
     * When the listing was first blocked: the first verdict that left it BLOCKED, unless it was BLOCKED already before
     * its first verdict (screening blocked it when it was listed) or is BLOCKED with no verdict at all (screening
     * blocked it at its last screening).
     */
    private static Instant firstBlock(JsonNode listing, JsonNode decisions) {
        if (!decisions.isEmpty() && "BLOCKED".equals(decisions.get(0).path("statusBefore").asText())) {
            return instant(listing.path("createdAt"));
        }
        for (JsonNode decision : decisions) {
            if ("BLOCKED".equals(decision.path("statusAfter").asText())) {
                return instant(decision.path("decidedAt"));
            }
        }
        if (decisions.isEmpty() && "BLOCKED".equals(listing.path("status").asText())) {
            return instant(listing.at("/screening/screenedAt"));
        }
        return null;
    }

    private void takedowns(JsonNode report, List<Figure> figures) throws Exception {
        long units = 0;
        for (JsonNode takedown : pages(at.takedowns() + "/api/v1/takedowns?")) {
            JsonNode inventory = takedown.path("inventory");
            if (inventory.isObject() && within(inventory.path("heldAt"))) {
                units += inventory.path("units").asLong();
            }
        }
        figures.add(count(report, "unitsHeld", units,
                "takedown-service: units of the takedowns' inventory holds made in the year"));
        Set<String> customers = new HashSet<>();
        long orders = 0;
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (JsonNode refund : pages(at.takedowns() + "/api/v1/refunds?status=ISSUED&")) {
            if (within(refund.path("issuedAt"))) {
                orders++;
                customers.add(refund.hasNonNull("customerId") ? "customer " + refund.path("customerId").asText()
                        : "order " + refund.path("orderId").asText());
                amounts.merge(refund.at("/amount/currency").asText(), new BigDecimal(refund.at("/amount/amount")
                        .asText()), BigDecimal::add);
            }
        }
        figures.add(count(report, "customersRefunded", customers.size(),
                "takedown-service: distinct customers of the refunds ISSUED in the year"));
        figures.add(count(report, "ordersRefunded", orders, "takedown-service: refunds ISSUED in the year"));
        Map<String, BigDecimal> reported = new TreeMap<>();
        report.path("amountsRefunded").forEach(a -> reported.put(a.path("currency").asText(),
                new BigDecimal(a.path("amount").asText())));
        figures.add(new Figure("amountsRefunded", amounts(reported), amounts(amounts),
                "takedown-service: the ISSUED refunds' amounts added per currency"));
    }

    private void legal(JsonNode report, List<Figure> figures) throws Exception {
        long suits = 0;
        long referrals = 0;
        long judgments = 0;
        long forPlaintiff = 0;
        long settlements = 0;
        Map<String, Long> byJurisdiction = new TreeMap<>();
        for (JsonNode litigationCase : pages(at.cases() + "/api/v1/cases?")) {
            JsonNode legal = ok(client.get(at.cases() + "/api/v1/cases/" + litigationCase.path("id").asText()
                    + "/legal", "legal"), litigationCase.path("id").asText());
            suits += inYear(legal.at("/filing/filedOn")) ? 1 : 0;
            for (JsonNode referral : legal.path("referrals")) {
                if (within(referral.path("referredAt"))) {
                    referrals++;
                    byJurisdiction.merge(referral.path("jurisdiction").asText(), 1L, Long::sum);
                }
            }
            JsonNode outcome = legal.path("outcome");
            if (outcome.isObject() && inYear(outcome.path("enteredOn"))) {
                boolean judgment = "JUDGMENT".equals(outcome.path("kind").asText());
                judgments += judgment ? 1 : 0;
                forPlaintiff += judgment && outcome.path("forPlaintiff").asBoolean() ? 1 : 0;
                settlements += judgment ? 0 : 1;
            }
        }
        String cases = "litigation-service's cases: ";
        figures.add(count(report, "civilSuitsFiled", suits, cases + "civil filings filed on a day of the year"));
        figures.add(count(report, "criminalReferrals", referrals, cases + "criminal referrals sent in the year"));
        Map<String, Long> reported = new TreeMap<>();
        report.path("criminalReferralsByJurisdiction").forEach(j -> reported.put(j.path("jurisdiction").asText(),
                j.path("count").asLong()));
        figures.add(new Figure("criminalReferralsByJurisdiction", reported.toString(), byJurisdiction.toString(),
                cases + "the same per jurisdiction"));
        figures.add(count(report, "judgments", judgments, cases + "judgments entered in the year"));
        figures.add(count(report, "judgmentsForPlaintiff", forPlaintiff, cases + "of those, for the plaintiff"));
        figures.add(count(report, "settlements", settlements, cases + "settlements entered in the year"));
    }

    private static final class Listings {
        long proactive;
        long afterReport;
        long removed;
    }

    private static Figure count(JsonNode report, String name, long owners, String source) {
        return new Figure(name, report.path(name).asText("missing"), Long.toString(owners), source);
    }

    /** One fraction digit, half up, as the report writes it; {@code 0.0} of nothing. */
    private static String percent(long part, long whole) {
        if (whole == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** {@code EUR 184.00, JPY 1200}: each sum with its currency's own fraction digits. */
    private static String amounts(Map<String, BigDecimal> byCurrency) {
        List<String> parts = new ArrayList<>();
        byCurrency.forEach((currency, amount) -> parts.add(currency + " " + amount.setScale(
                java.util.Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.UNNECESSARY)
                .toPlainString()));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private long countPages(String url, java.util.function.Predicate<JsonNode> counts) throws Exception {
        return pages(url + "&").stream().filter(counts).count();
    }

    /** Every item of a paged list ({@code url} ends in {@code ?} or {@code &}). */
    private List<JsonNode> pages(String url) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = ok(client.get(url + "page=" + page + "&size=" + PAGE, "investigator"), url);
            answer.path("items").forEach(items::add);
            if ((long) (page + 1) * PAGE >= answer.path("total").asLong()) {
                return items;
            }
        }
    }

    private static JsonNode ok(DemoClient.Answer answer, String what) {
        if (answer.status() != 200) {
            throw new IllegalStateException("reading " + what + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    private boolean within(JsonNode time) {
        return within(instant(time));
    }

    private boolean within(Instant time) {
        return time != null && !time.isBefore(from) && time.isBefore(to);
    }

    private boolean inYear(JsonNode day) {
        return day.isTextual() && LocalDate.parse(day.asText()).getYear() == year;
    }

    private static Instant instant(JsonNode time) {
        return time == null || !time.isTextual() ? null : Instant.parse(time.asText());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** Prints the figures as a brand-protection lead reads them, and says which disagree. */
    static void print(List<Figure> figures, Consumer<String> out) {
        long agreeing = figures.stream().filter(Figure::agrees).count();
        out.accept(String.format("Checked against the services that own each fact: %d of %d figures agree.", agreeing,
                figures.size()));
        figures.stream().sorted(Comparator.comparing(Figure::agrees)).forEach(f -> out.accept(String.format(
                "  %s %-34s report %-14s owners %-14s (%s)", f.agrees() ? "ok  " : "DIFF", f.name(), f.reported(),
                f.owners(), f.source())));
    }
}
