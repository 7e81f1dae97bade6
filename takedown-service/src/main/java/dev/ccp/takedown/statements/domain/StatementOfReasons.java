package dev.ccp.takedown.statements.domain;

import dev.ccp.takedown.takedowns.application.SellerAction;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One statement of reasons for one action against a seller (EU DSA Art. 17), as it was issued: its words are fixed
 * then, so a later change of configuration or of a brand's name never rewrites what the seller was told.
 */
@Entity
@Table(name = "statement_of_reasons")
public class StatementOfReasons {
    @Id
    private String id;
    private String takedownId;
    @Enumerated(EnumType.STRING)
    private SellerAction action;
    private String puid;
    private String listingId;
    private String sellerId;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> brandIds;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> brandNames;
    private String sellerFacts;
    private String publicFacts;
    private String legalGround;
    private String explanation;
    private boolean automatedDetection;
    @Enumerated(EnumType.STRING)
    private AutomatedDecision automatedDecision;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> territorialScope;
    private LocalDate contentDate;
    private Instant decidedAt;
    private Instant actionTakenAt;
    private Instant appealDeadline;
    private String internalComplaint;
    private String outOfCourt;
    private String judicial;
    private Instant issuedAt;

    protected StatementOfReasons() {
    }

    /**
     * Writes the statement for the facts.
     *
     * @param brands      the registry's view of each of {@code facts.brandIds()}, in that order
     * @param contentDate when the listing was first hosted; null when unknown (the decision's date is then used)
     */
    public static StatementOfReasons issue(String id, StatementFacts facts, List<RegisteredBrand> brands,
            LocalDate contentDate, Redress redress, List<String> territorialScope, Instant now) {
        StatementOfReasons statement = new StatementOfReasons();
        statement.id = id;
        statement.takedownId = facts.takedownId();
        statement.action = facts.action();
        statement.puid = Puid.of(facts.takedownId(), facts.action());
        statement.listingId = facts.listingId();
        statement.sellerId = facts.sellerId();
        statement.brandIds = List.copyOf(facts.brandIds());
        statement.brandNames = brands.stream().map(b -> b.name() != null ? b.name() : b.id()).toList();
        statement.sellerFacts = StatementWording.sellerFacts(facts, brands);
        statement.publicFacts = StatementWording.publicFacts(facts, brands);
        statement.legalGround = StatementWording.legalGround();
        statement.explanation = StatementWording.explanation(facts, brands);
        statement.automatedDetection = facts.automatedDetection();
        statement.automatedDecision = AutomatedDecision.of(facts.automatedDecision());
        statement.territorialScope = List.copyOf(territorialScope);
        statement.contentDate = contentDate;
        statement.decidedAt = facts.decidedAt();
        statement.actionTakenAt = facts.actionTakenAt();
        statement.appealDeadline = redress.appealDeadline();
        statement.internalComplaint = redress.internalComplaint();
        statement.outOfCourt = redress.outOfCourt();
        statement.judicial = redress.judicial();
        statement.issuedAt = now;
        return statement;
    }

    public String id() {
        return id;
    }

    public String takedownId() {
        return takedownId;
    }

    public SellerAction action() {
        return action;
    }

    public String puid() {
        return puid;
    }

    public String listingId() {
        return listingId;
    }

    public String sellerId() {
        return sellerId;
    }

    public List<String> brandIds() {
        return brandIds;
    }

    public List<String> brandNames() {
        return brandNames;
    }

    public String sellerFacts() {
        return sellerFacts;
    }

    public String publicFacts() {
        return publicFacts;
    }

    public String legalGround() {
        return legalGround;
    }

    public String explanation() {
        return explanation;
    }

    public boolean automatedDetection() {
        return automatedDetection;
    }

    public AutomatedDecision automatedDecision() {
        return automatedDecision;
    }

    public List<String> territorialScope() {
        return territorialScope;
    }

    /** When the listing was first hosted; the decision's day when listing-service did not say. */
    public LocalDate contentDate() {
        return contentDate != null ? contentDate : LocalDate.ofInstant(decidedAt, ZoneOffset.UTC);
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant actionTakenAt() {
        return actionTakenAt;
    }

    public Redress redress() {
        return new Redress(appealDeadline, internalComplaint, outOfCourt, judicial);
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
