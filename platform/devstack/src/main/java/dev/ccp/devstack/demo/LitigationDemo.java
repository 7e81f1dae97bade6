package dev.ccp.devstack.demo;

import static dev.ccp.devstack.demo.DemoClient.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Seed cases (a) and (c) in litigation-service: the cases its intake opened from the enforcement events, the joint
 * civil suit with BMW, the IPR Center referral with its intelligence export, the judgment that denylists the
 * defendants, the Cartier case naming the influencer, and the year's brand-protection report.
 */
final class LitigationDemo {
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final DemoClient client;
    private final ServiceAddresses at;
    private final Path dataDir;

    LitigationDemo(DemoClient client, Path dataDir) {
        this.client = client;
        this.at = client.at();
        this.dataDir = dataDir;
    }

    /**
     * @param bmwSeller   the seed case (a) account whose BMW listing was confirmed counterfeit and taken down
     * @param application that account's application, to try the re-registration after the judgment
     */
    void replay(ListingDemo listings, String bmwSeller, JsonNode application) throws Exception {
        say("");
        say("Litigation: litigation-service heard the confirmations, the completed takedowns and the closures.");
        JsonNode bmwCase = awaitCase(bmwSeller, c -> c.at("/totals/listings").asInt() > 0
                && c.at("/totals/unitsHeld").asLong() > 0);
        if (bmwCase == null) {
            say("  - (no case for the BMW seller within %d s: see target/ccp/logs/litigation-service.log)",
                    WAIT.toSeconds());
            return;
        }
        String caseId = bmwCase.get("id").asText();
        describe(bmwCase);
        client.get(at.cases() + "/api/v1/cases/" + caseId + "/evidence/tree-head", "legal"); // signs the grown tree
        JsonNode verification = client.get(at.cases() + "/api/v1/cases/" + caseId + "/evidence/verification", "legal")
                .body();
        say("  - its evidence ledger: %d entries, chain and Merkle tree %s, root %s…, tree head signature %s.",
                verification.get("entries").asInt(), verification.get("valid").asBoolean() ? "intact" : "BROKEN",
                verification.path("rootHash").asText("").substring(0, Math.min(16,
                        verification.path("rootHash").asText("").length())),
                verification.at("/signature/status").asText());

        fileSuit(caseId, listings);
        refer(caseId);
        judgment(caseId, application);
        influencer(listings);
        report();
    }

    private void fileSuit(String caseId, ListingDemo listings) throws Exception {
        say("");
        say("An investigator takes the case on; the legal team files a joint civil suit with BMW.");
        client.post(at.cases() + "/api/v1/cases/" + caseId + "/status",
                Map.of("status", "INVESTIGATING", "note", "seed case (a): four linked Spanish accounts"),
                "investigator", null, 200);
        ObjectNode filing = JSON.createObjectNode()
                .put("court", "EU Trade Mark Court, Alicante (Tribunal de Marca de la Unión Europea)")
                .put("jurisdiction", "ES").put("docketNumber", "EUTM-" + (System.currentTimeMillis() % 100_000) + "/2026")
                .put("filedOn", LocalDate.now(ZoneOffset.UTC).toString());
        filing.putArray("claims").add("infringement of the BMW EU trade marks (Art. 9(2)(a) and (b) EUTMR)")
                .add("damages and destruction of the infringing goods");
        String bmw = listings.brandId("bmw");
        if (bmw != null) {
            filing.putArray("coPlaintiffBrandIds").add(bmw);
        }
        JsonNode legal = client.post(at.cases() + "/api/v1/cases/" + caseId + "/legal/filing", filing, "legal", null, 200);
        say("  - filed in the %s, docket %s; the case is now %s.", legal.at("/filing/court").asText(),
                legal.at("/filing/docketNumber").asText(), legal.get("status").asText());
        String key = listings.apiKey("bmw");
        if (key == null) {
            say("  - (BMW was registered by an earlier run, whose key this run never saw: `--fresh` shows it joining)");
            return;
        }
        DemoClient.Answer token = client.send(at.listings() + "/partner/v1/token", null, Map.of("X-API-Key", key), null);
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token.body().path("accessToken").asText());
        DemoClient.Answer joined = client.send(at.cases() + "/partner/v1/cases/" + caseId + "/co-plaintiff",
                JSON.createObjectNode(), bearer, null);
        JsonNode seen = client.get(at.cases() + "/partner/v1/cases/" + caseId, bearer).body();
        say("  - BMW joins as co-plaintiff through its own partner API (%d); as co-plaintiff it now sees the %d "
                + "defendants' names (first: %s).", joined.status(), seen.path("defendants").size(),
                seen.at("/defendants/0/name").asText("?"));
    }

    private void refer(String caseId) throws Exception {
        say("");
        say("The same network is referred to the US IPR Center, with an intelligence export.");
        JsonNode legal = client.post(at.cases() + "/api/v1/cases/" + caseId + "/legal/referrals", Map.of("agency",
                "IPR_CENTER", "jurisdiction", "US", "summary", "linked Spanish accounts selling counterfeit BMW "
                        + "parts; shipments to US buyers"), "legal", null, 200);
        say("  - referral %s to %s (%s).", legal.at("/referrals/0/status").asText(),
                legal.at("/referrals/0/agency").asText(), legal.at("/referrals/0/jurisdiction").asText());
        String ndjson = client.text(at.cases() + "/api/v1/intelligence?agency=IPR_CENTER&caseId=" + caseId
                + "&purpose=" + java.net.URLEncoder.encode("IPR Center referral of the BMW parts network",
                        java.nio.charset.StandardCharsets.UTF_8), "legal", "application/x-ndjson");
        List<JsonNode> records = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                records.add(JSON.readTree(line));
            }
        }
        say("  - the export holds %d confirmed counterfeiter(s), recorded (who, for whom, why) before it was sent:",
                records.size());
        for (JsonNode r : records) {
            say("      %s (%s), %d address(es), ships from %s, %d linked account(s), citing %d evidence entries",
                    r.at("/identity/legalName").asText("?"), r.at("/identity/country").asText("?"),
                    r.path("addresses").size(), shipFrom(r), r.path("linkedAccounts").size(),
                    r.path("evidence").size());
        }
    }

    private void judgment(String caseId, JsonNode application) throws Exception {
        say("");
        say("Judgment for the plaintiffs: damages, and the defendants are barred from selling.");
        ObjectNode judgment = JSON.createObjectNode().put("forPlaintiff", true)
                .put("enteredOn", LocalDate.now(ZoneOffset.UTC).toString());
        judgment.putObject("damages").put("amount", "48000.00").put("currency", "EUR");
        judgment.putArray("injunctions").add("permanent injunction against offering goods under the BMW marks")
                .add("destruction of the seized stock");
        JsonNode legal = client.post(at.cases() + "/api/v1/cases/" + caseId + "/legal/judgment", judgment, "legal", null,
                200);
        say("  - the case is %s; case.judgment-entered tells seller-service to denylist the defendants.",
                legal.get("status").asText());
        Thread.sleep(2000); // seller-service applies the judgment from cases.v1
        ObjectNode again = application.deepCopy();
        again.put("displayName", "Recambios Premium Levante").put("email", "info@recambios-premium.example.es");
        JsonNode answer = client.post(at.sellers() + "/api/v1/sellers", again, "marketplace", null, 201);
        List<String> why = new ArrayList<>();
        answer.at("/verification/reasons").forEach(r -> why.add(r.get("detail").asText()));
        say("  - one defendant tries to open a new shop with the same identity: %s (%s).",
                answer.get("status").asText(), String.join("; ", why));
    }

    private void influencer(ListingDemo listings) throws Exception {
        if (listings.braceletSeller() == null) {
            return;
        }
        say("");
        say("Seed case (c): an anonymous account promotes the \"Love\" bracelets as Cartier.");
        JsonNode promotion = null;
        for (String line : Files.readAllLines(dataDir.resolve("promotions.jsonl"))) {
            JsonNode row = line.isBlank() ? null : JSON.readTree(line);
            if (row != null && "seed-c-cartier-love".equals(row.path("scenario").asText())) {
                promotion = row;
                break;
            }
        }
        if (promotion == null) {
            return;
        }
        ObjectNode post = JSON.createObjectNode().put("platform", promotion.get("platform").asText())
                .put("postUrl", promotion.get("postUrl").asText())
                .put("accountHandle", promotion.get("accountHandle").asText())
                .put("claimedBrand", promotion.get("claimedBrand").asText())
                .put("caption", promotion.get("caption").asText());
        post.putArray("listingIds").add(listings.braceletId());
        client.post(at.listings() + "/api/v1/promotions", post, "investigator", null, 201);
        String handle = promotion.get("accountHandle").asText();
        JsonNode cartier = awaitCase(listings.braceletSeller(), c -> {
            for (JsonNode d : c.path("defendants")) {
                if ("INFLUENCER".equals(d.path("role").asText())) {
                    return true;
                }
            }
            return false;
        });
        if (cartier == null) {
            say("  - (the Cartier case has no influencer yet: see target/ccp/logs/litigation-service.log)");
            return;
        }
        describe(cartier);
        say("  - %s is named as a defendant (INFLUENCER), with the post as SOCIAL_MEDIA_POST evidence.", handle);
    }

    private void report() throws Exception {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        say("");
        say("The %d brand-protection report (litigation-service, from the events it consumed):", year);
        String csv = client.text(at.cases() + "/api/v1/reports/brand-protection?year=" + year, "legal", "text/csv");
        for (String line : csv.split("\r?\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length == 3 && !"figure".equals(cells[0])) {
                String figure = cells[0].replace('-', ' ');
                say("  %-45s %s", cells[1].isEmpty() ? figure : figure + " (" + cells[1] + ")", cells[2]);
            }
        }
        say("");
        ReportReconciliation.print(ReportReconciliation.awaitAgreement(client, year, Duration.ofSeconds(20)),
                LitigationDemo::say);
    }

    private void describe(JsonNode c) {
        Map<String, Integer> roles = new TreeMap<>();
        c.path("defendants").forEach(d -> roles.merge(d.path("role").asText(), 1, Integer::sum));
        List<String> amounts = new ArrayList<>();
        c.at("/totals/refunded").forEach(a -> amounts.add(a.path("amount").asText() + " " + a.path("currency").asText()));
        say("  - case \"%s\": %s, defendants %s; %d listing(s), %d unit(s) held, %d customer(s) refunded (%s), "
                + "%d account(s) closed.", c.path("title").asText(), c.path("status").asText(), roles,
                c.at("/totals/listings").asInt(), c.at("/totals/unitsHeld").asLong(),
                c.at("/totals/customersRefunded").asLong(), amounts.isEmpty() ? "nothing" : String.join(", ", amounts),
                c.at("/totals/accountsClosed").asInt());
    }

    /** The seller's newest case that satisfies {@code ready}, waiting for the intake; null past the wait. */
    private JsonNode awaitCase(String sellerId, Predicate<JsonNode> ready) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode found = client.get(at.cases() + "/api/v1/cases?sellerId=" + sellerId, "investigator").body();
            for (int i = found.size() - 1; i >= 0; i--) {
                JsonNode c = client.get(at.cases() + "/api/v1/cases/" + found.get(i).get("id").asText(), "investigator")
                        .body();
                if (ready.test(c)) {
                    return c;
                }
            }
            Thread.sleep(1000);
        }
        return null;
    }

    private static String shipFrom(JsonNode record) {
        List<String> places = new ArrayList<>();
        record.path("shipFrom").forEach(s -> places.add(s.has("city") ? s.path("city").asText() + ", "
                + s.path("country").asText() : s.path("location").asText()));
        return places.isEmpty() ? "unknown" : String.join(" / ", places);
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(format, args));
    }
}
