package dev.ccp.takedown.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DSA Transparency Database's own validation of a submitted statement, written down independently of our mapping
 * from its source (github.com/digital-services-act/transparency-database, app/Http/Requests/StatementStoreRequest.php
 * and app/Models/Statement.php, commit 69e80a0, 2026-06): the fields it knows, the values it allows, its lengths
 * and date bounds. Only the decision kinds and grounds this platform uses are checked in depth.
 */
public final class TransparencyDatabaseRules {
    static final Set<String> FIELDS = Set.of("content_id", "decision_visibility", "decision_visibility_other",
            "decision_monetary", "decision_monetary_other", "decision_provision", "decision_account", "account_type",
            "category_specification", "category_specification_other", "decision_ground",
            "decision_ground_reference_url", "illegal_content_legal_ground", "illegal_content_explanation",
            "incompatible_content_ground", "incompatible_content_explanation", "incompatible_content_illegal",
            "content_type", "content_type_other", "category", "category_addition", "territorial_scope",
            "content_language", "content_date", "application_date", "end_date_account_restriction",
            "end_date_monetary_restriction", "end_date_service_restriction", "end_date_visibility_restriction",
            "decision_facts", "source_type", "source_identity", "automated_detection", "automated_decision", "puid");
    static final Set<String> VISIBILITIES = Set.of("DECISION_VISIBILITY_CONTENT_REMOVED",
            "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
            "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
    static final Set<String> ACCOUNTS = Set.of("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED");
    static final Set<String> GROUNDS = Set.of("DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
    static final Set<String> CONTENT_TYPES = Set.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO",
            "CONTENT_TYPE_OTHER");
    static final Set<String> CATEGORIES = Set.of("STATEMENT_CATEGORY_ANIMAL_WELFARE",
            "STATEMENT_CATEGORY_CONSUMER_INFORMATION", "STATEMENT_CATEGORY_CYBER_VIOLENCE",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN", "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
            "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
            "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            "STATEMENT_CATEGORY_SELF_HARM", "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
            "STATEMENT_CATEGORY_VIOLENCE");
    /** The intellectual-property keywords of the database's KEYWORDS list. */
    static final Set<String> IP_KEYWORDS = Set.of("KEYWORD_COPYRIGHT_INFRINGEMENT", "KEYWORD_DESIGN_INFRINGEMENT",
            "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT", "KEYWORD_PATENT_INFRINGEMENT",
            "KEYWORD_TRADE_SECRET_INFRINGEMENT", "KEYWORD_TRADEMARK_INFRINGEMENT");
    static final Set<String> SOURCES = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    static final Set<String> AUTOMATED_DECISIONS = Set.of("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY",
            "AUTOMATED_DECISION_NOT_AUTOMATED");
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
            "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");
    static final Pattern PUID = Pattern.compile("^[a-zA-Z0-9-_]+$");

    private TransparencyDatabaseRules() {
    }

    /** Every rule the statement breaks, as "field: why"; empty when the database would accept it. */
    public static List<String> violations(JsonNode statement) {
        List<String> broken = new ArrayList<>();
        for (Iterator<String> names = statement.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                broken.add(name + ": not a field of the database");
            }
        }
        boolean visibility = statement.hasNonNull("decision_visibility");
        boolean account = statement.hasNonNull("decision_account");
        if (!visibility && !account && !statement.hasNonNull("decision_monetary")
                && !statement.hasNonNull("decision_provision")) {
            broken.add("decision_*: at least one restriction is required");
        }
        if (visibility) {
            allIn(statement, "decision_visibility", VISIBILITIES, broken);
        }
        if (account) {
            oneOf(statement, "decision_account", ACCOUNTS, broken);
        }
        oneOf(statement, "decision_ground", GROUNDS, broken);
        if ("DECISION_GROUND_ILLEGAL_CONTENT".equals(statement.path("decision_ground").asText())) {
            text(statement, "illegal_content_legal_ground", 500, broken);
            text(statement, "illegal_content_explanation", 2000, broken);
        }
        allIn(statement, "content_type", CONTENT_TYPES, broken);
        oneOf(statement, "category", CATEGORIES, broken);
        if (statement.has("category_specification")) {
            allIn(statement, "category_specification", IP_KEYWORDS, broken);
        }
        if (statement.has("territorial_scope")) {
            allIn(statement, "territorial_scope", EEA, broken);
        }
        date(statement, "content_date", LocalDate.of(2000, 1, 1), broken);
        date(statement, "application_date", LocalDate.of(2020, 1, 1), broken);
        text(statement, "decision_facts", 5000, broken);
        oneOf(statement, "source_type", SOURCES, broken);
        oneOf(statement, "automated_detection", Set.of("Yes", "No"), broken);
        oneOf(statement, "automated_decision", AUTOMATED_DECISIONS, broken);
        String puid = statement.path("puid").asText("");
        if (puid.isEmpty() || puid.length() > 500 || !PUID.matcher(puid).matches()) {
            broken.add("puid: required, at most 500 of a-z A-Z 0-9 - _");
        }
        return broken;
    }

    private static void oneOf(JsonNode statement, String field, Set<String> allowed, List<String> broken) {
        JsonNode value = statement.get(field);
        if (value == null || !value.isTextual() || !allowed.contains(value.asText())) {
            broken.add(field + ": must be one of " + allowed + ", is " + value);
        }
    }

    private static void allIn(JsonNode statement, String field, Set<String> allowed, List<String> broken) {
        JsonNode value = statement.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            broken.add(field + ": must be a non-empty array");
            return;
        }
        value.forEach(item -> {
            if (!item.isTextual() || !allowed.contains(item.asText())) {
                broken.add(field + ": " + item + " is not allowed");
            }
        });
    }

    private static void text(JsonNode statement, String field, int max, List<String> broken) {
        JsonNode value = statement.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
            broken.add(field + ": required text of at most " + max + " characters");
        }
    }

    private static void date(JsonNode statement, String field, LocalDate earliest, List<String> broken) {
        String value = statement.path(field).asText("");
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}") || LocalDate.parse(value).isBefore(earliest)
                    || LocalDate.parse(value).isAfter(LocalDate.of(2038, 1, 1))) {
                broken.add(field + ": YYYY-MM-DD between " + earliest + " and 2038-01-01, is " + value);
            }
        } catch (DateTimeParseException e) {
            broken.add(field + ": not a date: " + value);
        }
    }
}
