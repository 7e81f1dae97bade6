package dev.ccp.litigation.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A case against a cluster of bad actors for one or more brands. Its status follows {@link CaseStatus}'s lifecycle;
 * every change, the opening included, comes with the {@link StatusChange} that audits it.
 */
@Entity
@Table(name = "litigation_case")
public class LitigationCase {
    @Id
    private String id;
    private String title;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String openedBy;
    private Instant openedAt;
    private Instant updatedAt;
    @Version
    private long version;
    private int listingsConfirmed;
    private long unitsHeld;
    private long customersRefunded;
    private int accountsClosed;
    private String mergedInto;
    private String splitFrom;

    /** Refunded to the case's customers: ISO 4217 currency to minor units. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_refunded_amount", joinColumns = @JoinColumn(name = "case_id"))
    @MapKeyColumn(name = "currency")
    @Column(name = "minor_units")
    private Map<String, Long> refundedMinorUnits = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_brand", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "brand_id")
    @OrderBy
    private Set<String> brandIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_defendant", joinColumns = @JoinColumn(name = "case_id"))
    private List<Defendant> defendants = new ArrayList<>();

    protected LitigationCase() {
    }

    private LitigationCase(String title, Set<String> brandIds, List<Defendant> defendants, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.title = title;
        this.status = CaseStatus.OPEN;
        this.brandIds.addAll(brandIds);
        this.defendants.addAll(defendants);
        this.openedBy = by;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /** A new OPEN case, and the audit record of its opening. */
    public static Opened open(String title, Set<String> brandIds, List<Defendant> defendants, String by, Instant now) {
        LitigationCase opened = new LitigationCase(title, brandIds, defendants, by, now);
        return new Opened(opened, new StatusChange(opened.id, null, CaseStatus.OPEN, null, by, now));
    }

    /** Moves the case on, or refuses a move its lifecycle does not allow. */
    public StatusChange moveTo(CaseStatus target, String note, String by, Instant now) {
        if (!status.canBecome(target)) {
            throw new IllegalCaseTransitionException(id, status, target);
        }
        StatusChange change = new StatusChange(id, status, target, note, by, now);
        status = target;
        updatedAt = now;
        return change;
    }

    /** Names one more defendant; false (and nothing changed) when the case already names that party. */
    public boolean addDefendant(Defendant defendant, Instant now) {
        if (defendants.stream().anyMatch(d -> d.sellerId().equals(defendant.sellerId()))) {
            return false;
        }
        defendants.add(defendant);
        updatedAt = now;
        return true;
    }

    /** Whether enforcement facts still join the case: not once it was dismissed or closed. */
    public boolean takesEnforcement() {
        return status != CaseStatus.CLOSED && status != CaseStatus.DISMISSED;
    }

    /** One more confirmed counterfeit listing (the caller counts each listing once). */
    public void countListing(Instant now) {
        listingsConfirmed++;
        updatedAt = now;
    }

    /** One completed takedown's figures (the caller counts each takedown once). */
    public void countTakedown(int units, int customers, Map<String, Long> refunded, Instant now) {
        unitsHeld += units;
        customersRefunded += customers;
        refunded.forEach((currency, minor) -> refundedMinorUnits.merge(currency, minor, Math::addExact));
        updatedAt = now;
    }

    /** One more of the case's sellers closed (the caller counts each seller once). */
    public void countClosedAccount(Instant now) {
        accountsClosed++;
        updatedAt = now;
    }

    /**
     * Takes in a case being merged into this one: its brands and the defendants this one does not name. Its totals
     * become {@code distinct}: what the facts of both cases add up to, each listing, takedown and closed account
     * counted once however many of the two counted it (the caller counts them), never the two sums added.
     */
    public void absorb(LitigationCase absorbed, CaseTotals distinct, Instant now) {
        brandIds.addAll(absorbed.brandIds);
        absorbed.defendants.forEach(d -> addDefendant(copy(d), now));
        listingsConfirmed = distinct.listings();
        unitsHeld = distinct.unitsHeld();
        customersRefunded = distinct.customersRefunded();
        refundedMinorUnits.clear();
        refundedMinorUnits.putAll(distinct.refundedMinorUnits());
        accountsClosed = distinct.accountsClosed();
        updatedAt = now;
    }

    /** Closes this case, merged into {@code survivorId}; only an OPEN or INVESTIGATING case is merged. */
    public StatusChange closeMergedInto(String survivorId, String by, Instant now) {
        if (status != CaseStatus.OPEN && status != CaseStatus.INVESTIGATING) {
            throw new IllegalStateException("case " + id + " is " + status + ": only an OPEN or INVESTIGATING case is merged");
        }
        StatusChange change = new StatusChange(id, status, CaseStatus.CLOSED, "merged into case " + survivorId, by, now);
        status = CaseStatus.CLOSED;
        mergedInto = survivorId;
        updatedAt = now;
        return change;
    }

    /** A new OPEN case for the same brands against the chosen defendants, who leave this one. */
    public Opened splitOff(String title, Set<String> sellerIds, String by, Instant now) {
        List<Defendant> leaving = defendants.stream().filter(d -> sellerIds.contains(d.sellerId()))
                .map(LitigationCase::copy).toList();
        defendants.removeIf(d -> sellerIds.contains(d.sellerId()));
        updatedAt = now;
        Opened opened = open(title, brandIds, leaving, by, now);
        opened.litigationCase().splitFrom = id;
        return opened;
    }

    private static Defendant copy(Defendant d) {
        return new Defendant(d.sellerId(), d.role(), d.country(), d.name(), d.address(), d.addedBy(), d.addedAt());
    }

    public boolean names(String sellerId) {
        return defendants.stream().anyMatch(d -> d.sellerId().equals(sellerId));
    }

    /** The case this one was merged into (then it is CLOSED), or null. */
    public String mergedInto() {
        return mergedInto;
    }

    /** The case this one was split from, or null. */
    public String splitFrom() {
        return splitFrom;
    }

    public CaseTotals totals() {
        return new CaseTotals(listingsConfirmed, unitsHeld, customersRefunded, new TreeMap<>(refundedMinorUnits),
                accountsClosed);
    }

    public boolean concernsBrand(String brandId) {
        return brandIds.contains(brandId);
    }

    public record Opened(LitigationCase litigationCase, StatusChange change) {
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public CaseStatus status() {
        return status;
    }

    public List<String> brandIds() {
        return brandIds.stream().sorted().toList();
    }

    public List<Defendant> defendants() {
        return List.copyOf(defendants);
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
