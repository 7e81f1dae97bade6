package dev.ccp.litigation.intelligence.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the evidence says about one confirmed counterfeiter, gathered from the ledgers of the confirmed cases naming
 * it as a seller: its identity (the latest SELLER_IDENTITY entry), every address those entries gave, where it ships
 * from (the registered address's city and country, and each {@code shipFrom} of its test purchases and listing
 * snapshots), its linked accounts, its cases and brands. Every fact names the entries it comes from.
 */
public final class Dossier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String sellerId;
    private final Set<String> caseIds = new TreeSet<>();
    private final Set<String> brandIds = new TreeSet<>();
    private final Set<EvidenceRef> cited = new TreeSet<>();
    private final Map<String, Fact> addresses = new LinkedHashMap<>();
    private final Map<String, Fact> shipFrom = new LinkedHashMap<>();
    private Identity latest;

    /** An entry of a case's ledger, as a fact cites it. */
    public record EvidenceRef(String caseId, long sequence, String type) implements Comparable<EvidenceRef> {
        private static final Comparator<EvidenceRef> ORDER = Comparator.comparing(EvidenceRef::caseId)
                .thenComparingLong(EvidenceRef::sequence);

        @Override
        public int compareTo(EvidenceRef other) {
            return ORDER.compare(this, other);
        }

        ObjectNode json() {
            return JSON.createObjectNode().put("caseId", caseId).put("sequence", sequence).put("type", type);
        }
    }

    private record Identity(EvidenceRef ref, long recordedAtMillis, JsonNode content) {
    }

    /** A fact seen in one or more entries: the first one's values, and every entry that gave it. */
    private record Fact(ObjectNode value, Set<EvidenceRef> sources) {
    }

    public Dossier(String sellerId) {
        this.sellerId = sellerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public Set<String> caseIds() {
        return caseIds;
    }

    /** The seller is a SELLER defendant of this confirmed case, which concerns these brands. */
    public void inCase(String caseId, List<String> brands) {
        caseIds.add(caseId);
        brandIds.addAll(brands);
    }

    /** A SELLER_IDENTITY entry about this seller; the one recorded last is the identity exported. */
    public void identity(EvidenceRef ref, long recordedAtMillis, JsonNode content) {
        cited.add(ref);
        if (latest == null || recordedAtMillis > latest.recordedAtMillis()
                || (recordedAtMillis == latest.recordedAtMillis() && ref.compareTo(latest.ref()) > 0)) {
            latest = new Identity(ref, recordedAtMillis, content);
        }
        JsonNode address = content.path("address");
        if (address.isObject()) {
            ObjectNode value = JSON.createObjectNode();
            for (String field : List.of("line1", "city", "postalCode", "country")) {
                value.set(field, textOrNull(address.get(field)));
            }
            add(addresses, value, ref);
        }
    }

    /**
     * A {@code shipFrom} given by a TEST_PURCHASE or LISTING_SNAPSHOT entry: an object with {@code city} and
     * {@code country} (and perhaps {@code line1}, {@code postalCode}), or a plain text such as "Shenzhen, CN".
     */
    public void shipFrom(EvidenceRef ref, JsonNode given) {
        ObjectNode value = JSON.createObjectNode();
        if (given.isObject()) {
            value.set("city", textOrNull(given.get("city")));
            value.set("country", textOrNull(given.get("country")));
            if (value.get("city").isNull() && value.get("country").isNull()) {
                return;
            }
        } else if (given.isTextual() && !given.asText().isBlank()) {
            value.put("location", given.asText().strip());
        } else {
            return;
        }
        cited.add(ref);
        add(shipFrom, value, ref);
    }

    /** The record as exported: one line of the NDJSON answer. */
    public ObjectNode toJson() {
        ObjectNode record = JSON.createObjectNode();
        record.put("sellerId", sellerId);
        caseIds.forEach(record.putArray("caseIds")::add);
        brandIds.forEach(record.putArray("brandIds")::add);
        record.set("identity", identityJson());
        record.set("addresses", facts(addresses));
        Map<String, Fact> locations = new LinkedHashMap<>();
        if (latest != null && latest.content().path("address").isObject()) {
            JsonNode registered = latest.content().get("address");
            ObjectNode value = JSON.createObjectNode();
            value.set("city", textOrNull(registered.get("city")));
            value.set("country", textOrNull(registered.get("country")));
            add(locations, value, latest.ref());
        }
        shipFrom.forEach((key, fact) -> fact.sources().forEach(ref -> add(locations, fact.value(), ref)));
        record.set("shipFrom", facts(locations));
        record.set("linkedAccounts", linkedAccounts());
        ArrayNode evidence = record.putArray("evidence");
        cited.forEach(ref -> evidence.add(ref.json()));
        return record;
    }

    private JsonNode identityJson() {
        if (latest == null) {
            return JSON.nullNode();
        }
        ObjectNode identity = JSON.createObjectNode();
        for (String field : List.of("legalName", "displayName", "country", "status", "email", "phone", "taxId")) {
            identity.set(field, textOrNull(latest.content().get(field)));
        }
        identity.set("source", latest.ref().json());
        return identity;
    }

    private ArrayNode linkedAccounts() {
        ArrayNode linked = JSON.createArrayNode();
        if (latest == null) {
            return linked;
        }
        for (JsonNode account : latest.content().path("linkedAccounts")) {
            if (!account.path("sellerId").isTextual()) {
                continue;
            }
            ObjectNode item = linked.addObject();
            item.put("sellerId", account.get("sellerId").asText());
            item.set("status", textOrNull(account.get("status")));
            ArrayNode shared = item.putArray("sharedAttributes");
            account.path("sharedAttributes").forEach(a -> shared.add(a.asText()));
            item.set("source", latest.ref().json());
        }
        return linked;
    }

    private static void add(Map<String, Fact> facts, ObjectNode value, EvidenceRef ref) {
        facts.computeIfAbsent(key(value), k -> new Fact(value, new TreeSet<>())).sources().add(ref);
    }

    /** Two facts are the same when they differ only in case and surrounding blanks. */
    private static String key(ObjectNode value) {
        List<String> parts = new ArrayList<>();
        value.fields().forEachRemaining(f -> parts.add(f.getKey() + "=" + (f.getValue().isNull() ? ""
                : f.getValue().asText().strip().toLowerCase(Locale.ROOT))));
        return String.join("|", parts);
    }

    private static ArrayNode facts(Map<String, Fact> facts) {
        ArrayNode array = JSON.createArrayNode();
        for (Fact fact : facts.values()) {
            ObjectNode item = fact.value().deepCopy();
            ArrayNode sources = item.putArray("sources");
            fact.sources().forEach(ref -> sources.add(ref.json()));
            array.add(item);
        }
        return array;
    }

    private static JsonNode textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? JSON.nullNode()
                : JSON.getNodeFactory().textNode(node.asText());
    }
}
