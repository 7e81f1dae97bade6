package dev.ccp.devstack.demo;

import static dev.ccp.devstack.demo.DemoClient.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The listing half of the demo: brands onboard, the seed cases' listings are screened, a moderator confirms a
 * counterfeit, its photos come back under new words, an influencer's post gives a generic bag away, a brand uses
 * its own API.
 */
final class ListingDemo {

    private final DemoClient client;
    private final ServiceAddresses at;
    private final Path dataDir;
    private final TakedownDemo takedown;
    private final Map<String, String> brandIds = new LinkedHashMap<>();
    private final Map<String, String> apiKeys = new LinkedHashMap<>();
    private final Map<String, String> listingNames = new LinkedHashMap<>();
    private String braceletId;
    private String braceletSeller;

    ListingDemo(DemoClient client, Path dataDir, TakedownDemo takedown) {
        this.client = client;
        this.at = client.at();
        this.dataDir = dataDir;
        this.takedown = takedown;
    }

    /**
     * @param seller an open, verified account of seed case (a)
     * @param closed the account closed for counterfeiting
     */
    Map<String, String> replay(String seller, String sellerName, String closed, String closedName) throws Exception {
        say("");
        say("Brands join the registry: their protected words, products, genuine prices and reference photos.");
        for (JsonNode brand : JSON.readTree(dataDir.resolve("brands.json").toFile())) {
            String key = brand.get("key").asText();
            if (List.of("bmw", "gucci", "dior", "cartier").contains(key)) {
                onboard(brand);
            }
        }
        awaitStanding(seller, "VERIFIED");
        awaitStanding(closed, "CLOSED");

        say("");
        say("Seed case (a) again: %s lists its BMW parts; screening runs before anything is published.", sellerName);
        List<JsonNode> rows = rows("listings.jsonl");
        List<String> bmw = new ArrayList<>();
        List<String> bmwKeys = new ArrayList<>();
        for (String tactic : List.of("exact_brand_unauthorized", "typo", "case_and_diacritics")) {
            JsonNode row = first(rows, r -> "seed-a-bmw-es".equals(r.path("scenario").asText())
                    && tactic.equals(r.get("tactic").asText()));
            bmw.add(submit(row, seller));
            bmwKeys.add(row.get("key").asText());
        }
        JsonNode generic = first(rows, r -> "LEGITIMATE".equals(r.get("label").asText())
                && "generic".equals(r.get("tactic").asText()));
        submit(generic, seller);
        say("  %s, whose account was closed, tries to list as well:", closedName);
        submit(first(rows, r -> "seed-a-bmw-es".equals(r.path("scenario").asText())), closed);

        takedown.ordersArrive(bmw.get(0), bmwKeys.get(0), bmw.get(1), bmwKeys.get(1));

        say("");
        say("A moderator confirms the first BMW listing is counterfeit.");
        Instant decision = Instant.now();
        JsonNode decided = client.post(at.listings() + "/api/v1/listings/" + bmw.get(0) + "/decision",
                Map.of("verdict", "COUNTERFEIT", "note", "seed case (a): test purchase, fake roundel"), "moderator",
                null, 200);
        say("  - now %s; listing.counterfeit-confirmed carries the listing as it read, its signals and who decided.",
                decided.get("status").asText());
        JsonNode original = client.get(at.listings() + "/api/v1/listings/" + bmw.get(0), "moderator").body();
        ObjectNode relisted = JSON.createObjectNode();
        relisted.put("sellerId", seller).put("title", "Tricolour caps for car tyre valves, set of 4")
                .put("description", "Universal fit. Ships from Spain.").put("brand", "Generic")
                .put("category", original.get("category").asText()).put("quantity", 30)
                .set("price", original.get("price"));
        ArrayNode images = relisted.putArray("imageHashes");
        original.get("imageHashes").forEach(h -> images.add(String.format("%016x",
                Long.parseUnsignedLong(h.asText(), 16) ^ 0b1001))); // the same photos, re-encoded
        say("  The same photos come back a day later under new words and no brand:");
        submitBody(relisted, "relisted caps");
        takedown.follow(bmw.get(0), bmw.get(1), decision);

        say("");
        say("Seed case (b): a generic bag is listed; an influencer sells it off-platform as a luxury brand.");
        JsonNode promotion = first(rows("promotions.jsonl"), p -> "seed-b-influencer-gucci-dior"
                .equals(p.path("scenario").asText()) && !p.get("claimedBrand").isNull());
        JsonNode bagRow = first(rows, r -> r.get("key").asText().equals(promotion.get("listingKeys").get(0).asText()));
        String shop = join(bagRow.get("sellerKey").asText()); // the BMW seller's account is closed by now
        String bag = submit(bagRow, shop);
        ObjectNode post = JSON.createObjectNode().put("platform", promotion.get("platform").asText())
                .put("postUrl", promotion.get("postUrl").asText())
                .put("accountHandle", promotion.get("accountHandle").asText())
                .put("claimedBrand", promotion.get("claimedBrand").asText())
                .put("caption", promotion.get("caption").asText());
        post.putArray("listingIds").add(bag);
        JsonNode filed = client.post(at.listings() + "/api/v1/promotions", post, "investigator", null, 201);
        say("  - an investigator files the %s post by %s (\"%s\"): the bag is re-screened at once and is now %s.",
                promotion.get("platform").asText(), promotion.get("accountHandle").asText(),
                promotion.get("caption").asText(), filed.at("/listings/0/status").asText());
        say("    %s", reasons(client.get(at.listings() + "/api/v1/listings/" + bag, "moderator").body()));

        say("");
        say("Seed case (c): \"Love\" bracelets with screws at a fraction of the genuine price, no brand named.");
        String bracelet = submit(first(rows, r -> "seed-c-cartier-love".equals(r.path("scenario").asText())), shop);
        braceletId = bracelet;
        braceletSeller = shop;

        say("");
        say("The Cartier team uses its own API key (shown once at onboarding, stored only as a hash):");
        DemoClient.Answer token = client.send(at.listings() + "/partner/v1/token", null,
                Map.of("X-API-Key", apiKeys.getOrDefault("cartier", "")), null);
        if (token.status() == 200) {
            String bearer = "Bearer " + token.body().get("accessToken").asText();
            JsonNode own = client.get(at.listings() + "/partner/v1/brands/" + brandIds.get("cartier"),
                    Map.of("Authorization", bearer)).body();
            int other = client.get(at.listings() + "/partner/v1/brands/" + brandIds.get("gucci"),
                    Map.of("Authorization", bearer)).status();
            say("  - a %d-minute token; it reads its own profile (%d products, %d authorised sellers) and gets %d for "
                    + "another brand's.", token.body().get("expiresIn").asInt() / 60, own.get("products").size(),
                    own.get("authorizedSellers").size(), other);
            ObjectNode report = JSON.createObjectNode().put("type", "COUNTERFEIT");
            report.putArray("listingIds").add(bracelet);
            report.putObject("evidence").put("note", "screw heads and hallmark differ from the genuine bracelet");
            DemoClient.Answer reported = client.send(at.listings() + "/partner/v1/violation-reports", report,
                    Map.of("Authorization", bearer), null);
            client.post(at.listings() + "/api/v1/listings/" + bracelet + "/decision",
                    Map.of("verdict", "COUNTERFEIT", "note", "confirmed with Cartier's report"), "moderator", null, 200);
            JsonNode followed = client.get(at.listings() + "/partner/v1/violation-reports/" + reported.body().get("id").asText(),
                    Map.of("Authorization", bearer)).body();
            say("  - it reports the bracelet listing (%d); after a moderator's verdict the report shows it %s.",
                    reported.status(), followed.at("/items/0/status").asText());
        } else {
            say("  - (the brand was registered by an earlier run, whose key this run never saw: `--fresh` shows it)");
        }
        return listingNames;
    }

    /** The brand's id in listing-service, once onboarded by this run (null when an earlier run registered it). */
    String brandId(String key) {
        return brandIds.get(key);
    }

    /** The brand's API key, shown once at onboarding (null when an earlier run registered the brand). */
    String apiKey(String key) {
        return apiKeys.get(key);
    }

    /** Seed case (c)'s bracelet listing and the account that listed it. */
    String braceletId() {
        return braceletId;
    }

    String braceletSeller() {
        return braceletSeller;
    }

    /** Registers the data set's seller {@code key} (sellers.json) and waits until listing-service knows its standing. */
    private String join(String key) throws Exception {
        List<JsonNode> known = new ArrayList<>();
        JSON.readTree(dataDir.resolve("sellers.json").toFile()).forEach(known::add);
        JsonNode application = first(known, r -> key.equals(r.get("key").asText())).get("application");
        JsonNode seller = client.post(at.sellers() + "/api/v1/sellers", application, "marketplace", null, 201);
        say("  (listed by %s, %s, which joins now: %s)", application.get("legalName").asText(),
                application.get("country").asText(), seller.get("status").asText());
        awaitStanding(seller.get("id").asText(), seller.get("status").asText()); // rejected on a stack that ran before
        return seller.get("id").asText();
    }

    private void onboard(JsonNode brand) throws Exception {
        ObjectNode body = brand.deepCopy();
        body.remove("key");
        DemoClient.Answer answer = client.send(at.listings() + "/api/v1/brands", body,
                Map.of("Authorization", "Bearer " + staff("trust-admin")), null);
        String key = brand.get("key").asText();
        if (answer.status() == 201) {
            brandIds.put(key, answer.body().get("id").asText());
            apiKeys.put(key, answer.body().get("apiKey").asText());
            say("  - %-8s registered: %d protected words, %d products; API key %s… handed over once.",
                    brand.get("name").asText(), 1 + brand.get("aliases").size() + brand.get("protectedTerms").size(),
                    brand.get("products").size(), answer.body().get("apiKey").asText().substring(0, 12));
        } else {
            for (JsonNode known : client.get(at.listings() + "/api/v1/brands", "trust-admin").body()) {
                if (known.get("name").asText().equals(brand.get("name").asText())) {
                    brandIds.put(key, known.get("id").asText());
                }
            }
            say("  - %-8s was already registered.", brand.get("name").asText());
        }
    }

    private String submit(JsonNode row, String sellerId) throws Exception {
        ObjectNode body = row.deepCopy();
        body.put("sellerId", sellerId);
        for (String field : List.of("key", "sellerKey", "label", "tactic", "brandKey", "scenario")) {
            body.remove(field);
        }
        return submitBody(body, row.get("title").asText());
    }

    private String submitBody(ObjectNode body, String name) throws Exception {
        JsonNode listing = client.post(at.listings() + "/api/v1/listings", body, "marketplace", null, 201);
        String id = listing.get("id").asText();
        listingNames.put(id, shorten(body.get("title").asText()));
        say("  - \"%s\" at %s %s: %s (score %d). %s", shorten(body.get("title").asText()),
                body.at("/price/amount").asText(), body.at("/price/currency").asText(), listing.get("status").asText(),
                listing.at("/screening/score").asInt(), reasons(listing));
        return id;
    }

    private void awaitStanding(String sellerId, String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            DemoClient.Answer answer = client.get(at.listings() + "/api/v1/seller-standings/" + sellerId, "moderator");
            if (answer.status() == 200 && status.equals(answer.body().get("status").asText())) {
                return;
            }
            Thread.sleep(200);
        }
        say("  (listing-service had not yet heard that seller %s is %s)", sellerId, status);
    }

    private static String reasons(JsonNode listing) {
        List<String> details = new ArrayList<>();
        listing.at("/screening/signals").forEach(s -> {
            if (s.get("weight").asInt() > 0 || details.isEmpty()) {
                details.add(s.get("detail").asText());
            }
        });
        return details.isEmpty() ? "" : "Why: " + String.join("; ", details) + ".";
    }

    private List<JsonNode> rows(String file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dataDir.resolve(file))) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    private static JsonNode first(List<JsonNode> rows, Predicate<JsonNode> matching) {
        return rows.stream().filter(matching).findFirst()
                .orElseThrow(() -> new IllegalStateException("the data sets lack a row the demo needs"));
    }

    private static String shorten(String title) {
        return title.length() <= 60 ? title : title.substring(0, 57) + "...";
    }

    private String staff(String role) {
        return client.token(role);
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(format, args));
    }
}
