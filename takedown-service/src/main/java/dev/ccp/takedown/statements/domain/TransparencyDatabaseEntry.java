package dev.ccp.takedown.statements.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ccp.takedown.takedowns.application.SellerAction;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A statement of reasons in the DSA Transparency Database's submission format (its API's field names and values,
 * {@code POST /api/v1/statements}), with no personal data: no seller, customer or staff id or name, and none of the
 * seller's free text. Absent optional fields are left out, as the database expects.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = false)
public record TransparencyDatabaseEntry(
        @JsonProperty("decision_visibility") List<String> decisionVisibility,
        @JsonProperty("decision_account") String decisionAccount,
        @JsonProperty("decision_ground") String decisionGround,
        @JsonProperty("illegal_content_legal_ground") String illegalContentLegalGround,
        @JsonProperty("illegal_content_explanation") String illegalContentExplanation,
        @JsonProperty("content_type") List<String> contentType,
        @JsonProperty("category") String category,
        @JsonProperty("category_specification") List<String> categorySpecification,
        @JsonProperty("territorial_scope") List<String> territorialScope,
        @JsonProperty("content_date") String contentDate,
        @JsonProperty("application_date") String applicationDate,
        @JsonProperty("decision_facts") String decisionFacts,
        @JsonProperty("source_type") String sourceType,
        @JsonProperty("automated_detection") String automatedDetection,
        @JsonProperty("automated_decision") String automatedDecision,
        @JsonProperty("puid") String puid) {

    static final String CONTENT_REMOVED = "DECISION_VISIBILITY_CONTENT_REMOVED";
    static final String ACCOUNT_TERMINATED = "DECISION_ACCOUNT_TERMINATED";
    static final String ILLEGAL_CONTENT = "DECISION_GROUND_ILLEGAL_CONTENT";
    static final String PRODUCT = "CONTENT_TYPE_PRODUCT";
    static final String INTELLECTUAL_PROPERTY = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS";
    static final String TRADEMARK_INFRINGEMENT = "KEYWORD_TRADEMARK_INFRINGEMENT";
    /** Our own screening and moderation found it; a brand's notice is not told apart yet (see README). */
    static final String OWN_INITIATIVE = "SOURCE_VOLUNTARY";

    public static TransparencyDatabaseEntry of(StatementOfReasons statement) {
        boolean removal = statement.action() == SellerAction.LISTING_REMOVED;
        return new TransparencyDatabaseEntry(
                removal ? List.of(CONTENT_REMOVED) : null,
                removal ? null : ACCOUNT_TERMINATED,
                ILLEGAL_CONTENT,
                statement.legalGround(),
                statement.explanation(),
                List.of(PRODUCT),
                INTELLECTUAL_PROPERTY,
                List.of(TRADEMARK_INFRINGEMENT),
                List.copyOf(statement.territorialScope()),
                notBefore(statement.contentDate(), LocalDate.of(2000, 1, 1)).toString(),
                notBefore(LocalDate.ofInstant(statement.actionTakenAt(), ZoneOffset.UTC), LocalDate.of(2020, 1, 1))
                        .toString(),
                statement.publicFacts(),
                OWN_INITIATIVE,
                statement.automatedDetection() ? "Yes" : "No",
                switch (statement.automatedDecision()) {
                    case FULLY -> "AUTOMATED_DECISION_FULLY";
                    case NOT_AUTOMATED -> "AUTOMATED_DECISION_NOT_AUTOMATED";
                },
                statement.puid());
    }

    /** The database refuses content dates before 2000 and application dates before 2020. */
    private static LocalDate notBefore(LocalDate date, LocalDate earliest) {
        return date.isBefore(earliest) ? earliest : date;
    }
}
