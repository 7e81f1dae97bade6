package dev.ccp.devstack.payments.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Currency;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads and checks request parameters; each failure is a 400 that names the field. */
final class Params {
    private static final Pattern CHARGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final long MAX_AMOUNT = 999_999_999_999L;
    static final Set<String> REASONS = Set.of("requested_by_customer", "duplicate", "fraudulent", "counterfeit");
    private static final int MAX_METADATA_KEYS = 50;

    private Params() {
    }

    /** Refuses fields the endpoint does not know, as a real provider does, so typos never pass silently. */
    static void onlyKnown(JsonNode body, Set<String> known) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiException.badRequest("parameter_unknown", name, name + " is not a parameter of this request");
            }
        }
    }

    static String chargeId(JsonNode body, String field) {
        String id = requiredText(body, field);
        if (!CHARGE_ID.matcher(id).matches()) {
            throw ApiException.badRequest("parameter_invalid", field,
                    field + " must be 1-128 letters, digits or . _ : - (starting with a letter or digit)");
        }
        return id;
    }

    /** Money is an integer of the currency's minor units (1999 is 19.99 EUR); a decimal is refused. */
    static long amount(JsonNode body) {
        JsonNode node = body.get("amount");
        if (node == null || node.isNull()) {
            throw ApiException.badRequest("parameter_missing", "amount", "amount is required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiException.badRequest("parameter_invalid", "amount",
                    "amount must be an integer number of minor units (1999 for 19.99 EUR), never a decimal or a string");
        }
        long amount = node.longValue();
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw ApiException.badRequest("parameter_invalid", "amount",
                    "amount must be between 1 and " + MAX_AMOUNT + " minor units");
        }
        return amount;
    }

    /** An ISO 4217 code in upper case, of a currency that has minor units. */
    static String currency(JsonNode body) {
        String code = requiredText(body, "currency");
        Currency currency;
        try {
            currency = CURRENCY.matcher(code).matches() ? Currency.getInstance(code) : null;
        } catch (IllegalArgumentException unknown) {
            currency = null;
        }
        if (currency == null) {
            throw ApiException.badRequest("currency_invalid", "currency",
                    "currency must be an ISO 4217 code in upper case, such as EUR");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw ApiException.badRequest("currency_invalid", "currency",
                    code + " has no minor unit, so no amount can be charged or refunded in it");
        }
        return code;
    }

    static String reason(JsonNode body) {
        JsonNode node = body.get("reason");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !REASONS.contains(node.asText())) {
            throw ApiException.badRequest("parameter_invalid", "reason",
                    "reason must be one of " + String.join(", ", REASONS.stream().sorted().toList()));
        }
        return node.asText();
    }

    /** Up to 50 string values under keys of at most 40 characters; values of at most 500. */
    static Map<String, String> metadata(JsonNode body) {
        JsonNode node = body.get("metadata");
        Map<String, String> metadata = new TreeMap<>();
        if (node == null || node.isNull()) {
            return metadata;
        }
        if (!node.isObject() || node.size() > MAX_METADATA_KEYS) {
            throw ApiException.badRequest("parameter_invalid", "metadata",
                    "metadata must be an object of at most " + MAX_METADATA_KEYS + " keys");
        }
        node.fields().forEachRemaining(field -> {
            String path = "metadata." + field.getKey();
            if (field.getKey().isEmpty() || field.getKey().length() > 40) {
                throw ApiException.badRequest("parameter_invalid", path, "metadata keys have 1-40 characters");
            }
            if (!field.getValue().isTextual() || field.getValue().asText().length() > 500) {
                throw ApiException.badRequest("parameter_invalid", path,
                        "metadata values are strings of at most 500 characters");
            }
            metadata.put(field.getKey(), field.getValue().asText());
        });
        return metadata;
    }

    static String idempotencyKey(Request request) {
        String key = request.header("Idempotency-Key").map(String::trim).orElse("");
        if (key.isEmpty()) {
            throw ApiException.badRequest("idempotency_key_missing", "Idempotency-Key",
                    "refunds need an Idempotency-Key header: the same key on a retry never refunds twice");
        }
        if (key.length() > 255) {
            throw ApiException.badRequest("parameter_invalid", "Idempotency-Key",
                    "Idempotency-Key has at most 255 characters");
        }
        return key;
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            throw ApiException.badRequest("parameter_missing", field, field + " is required");
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("parameter_invalid", field, field + " must be a string");
        }
        return node.asText();
    }
}
