package dev.ccp.devstack.demo;

import static dev.ccp.devstack.demo.DemoClient.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The end of seed case (a): the marketplace's orders of the BMW listings arrive, a moderator's confirmation opens a
 * takedown, and the demo follows it to the end: listing removed, stock held, buyers refunded through the payment
 * provider, account closed, statements of reasons. Then the same confirmation and orders again change nothing.
 */
final class TakedownDemo {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final DemoClient client;
    private final ServiceAddresses at;
    private final Path dataDir;
    private final Map<String, String> provider;
    private final Redelivery redelivery;
    private final List<ObjectNode> orders = new ArrayList<>();

    TakedownDemo(DemoClient client, Path dataDir, Path keysDir, String bootstrap) throws IOException {
        this.client = client;
        this.at = client.at();
        this.dataDir = dataDir;
        this.provider = Map.of("Authorization",
                "Bearer " + Files.readString(keysDir.resolve("payment-simulator.key")).trim());
        this.redelivery = new Redelivery(bootstrap);
    }

    /**
     * The marketplace sends what it sold under both listings (their rows in data/orders.jsonl); its payment provider
     * holds a charge for each order under the order id. Order ids get the listing's id appended, so that a stack
     * that ran the demo before (other listing ids) takes this run's orders as new ones.
     */
    void ordersArrive(String listingId, String listingKey, String otherId, String otherKey) throws Exception {
        for (String line : Files.readAllLines(dataDir.resolve("orders.jsonl"))) {
            JsonNode row = line.isBlank() ? null : JSON.readTree(line);
            if (row != null && (listingKey.equals(row.get("listingKey").asText())
                    || otherKey.equals(row.get("listingKey").asText()))) {
                ObjectNode order = row.deepCopy();
                String listing = listingKey.equals(order.remove("listingKey").asText()) ? listingId : otherId;
                order.put("key", row.get("key").asText() + "-" + listing.substring(0, Math.min(8, listing.length())));
                order.put("listingId", listing);
                orders.add(order);
            }
        }
        say("");
        say("The marketplace sends takedown-service the orders it took for the key ring and the emblem (data/orders.jsonl):");
        for (ObjectNode order : orders) {
            say("  - %-16s %-12s %d × %s: %7s %s, %s", order.get("key").asText(), order.get("customerId").asText(),
                    order.get("quantity").asInt(), order.get("listingId").asText().equals(listingId) ? "key ring"
                            : "emblem  ", order.at("/amount/amount").asText(), order.at("/amount/currency").asText(),
                    order.get("status").asText());
        }
        JsonNode imported = client.post(at.takedowns() + "/api/v1/orders/import", orders, "marketplace", null, 200);
        say("  POST /api/v1/orders/import: %d received, %d stored.", imported.get("received").asInt(),
                imported.get("stored").asInt());
        for (ObjectNode order : orders) {
            ObjectNode charge = JSON.createObjectNode().put("id", order.get("key").asText())
                    .put("amount", minorUnits(order.get("amount"))).put("currency", order.at("/amount/currency").asText());
            DemoClient.Answer answer = client.send(at.paymentProvider() + "/v1/charges", charge, provider, null);
            if (answer.status() != 201 && answer.status() != 200) {
                throw new IllegalStateException("the payment simulator refused charge " + charge + ": " + answer.body());
            }
        }
        say("  The payment provider (the simulator at %s) holds a charge for each, under the order id.",
                at.paymentProvider());
    }

    /** Follows the takedown opened by the confirmation of {@code listingId} until it ends, at most 30 s. */
    void follow(String listingId, String otherId, Instant started) throws Exception {
        say("");
        say("takedown-service hears listing.counterfeit-confirmed and works through its steps (seconds since the decision):");
        JsonNode takedown = null;
        Set<String> told = new LinkedHashSet<>();
        while (Instant.now().isBefore(started.plus(WAIT))) {
            JsonNode found = client.get(at.takedowns() + "/api/v1/takedowns?listingId=" + listingId, "moderator").body();
            if (found.isArray() && !found.isEmpty()) {
                takedown = found.get(0);
                for (JsonNode step : takedown.get("steps")) {
                    String status = step.get("status").asText();
                    if (!status.equals("PENDING") && told.add(step.get("name").asText())) {
                        say("  %5.1f s  %-20s %s", seconds(started), step.get("name").asText(), status);
                    } else if (status.equals("PENDING") && step.get("attempts").asInt() > 0
                            && told.add(step.get("name").asText() + step.get("attempts").asInt())) {
                        say("  %5.1f s  %-20s retrying (%s)", seconds(started), step.get("name").asText(),
                                step.get("lastError").asText());
                    }
                }
                if (!takedown.get("status").asText().equals("IN_PROGRESS")) {
                    break;
                }
            }
            Thread.sleep(200);
        }
        if (takedown == null) {
            say("  (no takedown was opened within %d s: is takedown-service reading listings.v1?)", WAIT.toSeconds());
            return;
        }
        say("  %5.1f s  takedown %s", seconds(started), takedown.get("status").asText());
        tell(client.get(at.takedowns() + "/api/v1/takedowns/" + takedown.get("id").asText(), "moderator").body(), otherId);
    }

    private void tell(JsonNode takedown, String otherId) throws Exception {
        String id = takedown.get("id").asText();
        String listingId = takedown.get("listingId").asText();
        say("");
        say("What the takedown did (takedown %s):", id);
        JsonNode listing = client.get(at.listings() + "/api/v1/listings/" + listingId, "moderator").body();
        say("  - The listing is %s on the marketplace.", listing.path("status").asText("?"));
        JsonNode inventory = takedown.get("inventory");
        if (inventory != null && !inventory.isNull()) {
            say("  - %d units in the seller's stock are %s for destruction (a trust-admin later marks them destroyed "
                    + "or released).", inventory.get("units").asInt(), inventory.get("status").asText());
        }
        JsonNode refunds = client.get(at.takedowns() + "/api/v1/refunds?takedownId=" + id, "investigator").body();
        Set<String> refunded = new LinkedHashSet<>();
        say("  - Buyers refunded through the payment provider, each once:");
        for (JsonNode refund : refunds) {
            refunded.add(refund.get("orderId").asText());
            say("      order %-16s %-12s %7s %s  %s (provider refund %s, %d call%s)", refund.get("orderId").asText(),
                    refund.get("customerId").asText(), refund.at("/amount/amount").asText(),
                    refund.at("/amount/currency").asText(), refund.get("status").asText(),
                    refund.path("providerRefundId").asText("none"), refund.get("attempts").asInt(),
                    refund.get("attempts").asInt() == 1 ? "" : "s");
        }
        JsonNode totals = takedown.get("refundTotals");
        if (totals != null && !totals.isNull()) {
            List<String> paid = new ArrayList<>();
            totals.get("paid").forEach(m -> paid.add(m.get("amount").asText() + " " + m.get("currency").asText()));
            say("      in all %d refunds, %s; %d failed.", totals.get("issued").asInt(),
                    paid.isEmpty() ? "nothing paid" : String.join(" + ", paid), totals.get("failed").asInt());
        }
        say("  - Not refunded:");
        for (ObjectNode order : orders) {
            String key = order.get("key").asText();
            if (order.get("listingId").asText().equals(listingId) && !refunded.contains(key)) {
                say("      order %-16s %s: %s", key, order.get("status").asText(), whyNot(order.get("status").asText()));
            }
        }
        JsonNode others = client.get(at.takedowns() + "/api/v1/orders?listingId=" + otherId, "investigator").body();
        List<String> statuses = new ArrayList<>();
        others.forEach(o -> statuses.add(o.get("status").asText()));
        say("      the emblem's %d orders: untouched (%s), that listing is not confirmed counterfeit.", others.size(),
                String.join(", ", statuses));
        JsonNode seller = client.get(at.sellers() + "/api/v1/sellers/" + takedown.get("sellerId").asText(), "trust-admin")
                .body();
        say("  - Account policy: %s; the seller's account is %s (reason %s); on seller.closed listing-service takes "
                + "down the seller's other listings too.", takedown.path("accountAction").asText(),
                seller.path("status").asText("?"), seller.at("/closure/reason").asText("none"));
        for (JsonNode statement : client.get(at.takedowns() + "/api/v1/statements-of-reasons?takedownId=" + id,
                "legal").body()) {
            statement(statement);
        }
        repeat(takedown, refunds.size());
    }

    /** A statement of reasons as a brand-protection lead reads it (DSA Art. 17). */
    private static void statement(JsonNode s) {
        JsonNode redress = s.get("redress");
        say("  - Statement of reasons, %s (sent to the seller as takedown.statement-issued):",
                s.get("action").asText().replace('_', ' ').toLowerCase());
        say("      ground: %s", s.get("legalGround").asText());
        say("      brands: %s", String.join(", ", names(s.get("brandNames"))));
        say("      detected automatically: %s; decided %s", s.get("automatedDetection").asBoolean() ? "yes (screening)"
                : "no", s.get("automatedDecision").asText().equals("NOT_AUTOMATED") ? "by a person (moderator)"
                        : "automatically (" + s.get("automatedDecision").asText() + ")");
        say("      appeal until %s: %s", redress.get("appealDeadline").asText().substring(0, 10),
                redress.get("internalComplaint").asText());
        say("      also: %s", redress.get("outOfCourt").asText());
        say("      DSA Transparency Database export: puid %s, %s, automated_decision %s",
                s.at("/transparencyDatabase/puid").asText(), s.at("/transparencyDatabase/decision_account").isMissingNode()
                        || s.at("/transparencyDatabase/decision_account").isNull()
                        ? s.at("/transparencyDatabase/decision_visibility/0").asText()
                        : s.at("/transparencyDatabase/decision_account").asText(),
                s.at("/transparencyDatabase/automated_decision").asText());
    }

    /** The confirmation and the orders once more: no second takedown, no second refund. */
    private void repeat(JsonNode takedown, int refundsBefore) throws Exception {
        String listingId = takedown.get("listingId").asText();
        long paidBefore = refundsMade();
        say("");
        say("The same facts arrive again:");
        int resent = redelivery.resendConfirmation(listingId);
        JsonNode imported = client.post(at.takedowns() + "/api/v1/orders/import", orders, "marketplace", null, 200);
        redelivery.awaitRead("takedown-service", "listings.v1", Duration.ofSeconds(8));
        JsonNode found = client.get(at.takedowns() + "/api/v1/takedowns?listingId=" + listingId, "moderator").body();
        int refunds = client.get(at.takedowns() + "/api/v1/refunds?takedownId=" + takedown.get("id").asText(),
                "investigator").body().size();
        say("  - the confirmation re-delivered as is and once more under a new event id (%d records on listings.v1, "
                + "listed below),", resent);
        say("    and the same %d orders imported again (%d unchanged):", orders.size(), imported.get("unchanged").asInt());
        say("    %d takedown for the listing, %d refunds (%d before), %d new refunds at the provider.", found.size(),
                refunds, refundsBefore, refundsMade() - paidBefore);
    }

    private long refundsMade() throws Exception {
        return client.get(at.paymentProvider() + "/v1/_stats", provider).body().path("refunds_succeeded").asLong();
    }

    private static String whyNot(String status) {
        return switch (status) {
            case "CANCELLED" -> "cancelled by the marketplace, not a paid order (a takedown refunds PAID, SHIPPED and "
                    + "DELIVERED ones)";
            case "REFUNDED" -> "the marketplace had refunded it already";
            case "PLACED" -> "never paid";
            default -> "not refunded (" + status + ")";
        };
    }

    private static long minorUnits(JsonNode money) {
        int digits = Currency.getInstance(money.get("currency").asText()).getDefaultFractionDigits();
        return new BigDecimal(money.get("amount").asText()).movePointRight(digits).longValueExact();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(format, args));
    }
}
