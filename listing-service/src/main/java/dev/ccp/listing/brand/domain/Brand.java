package dev.ccp.listing.brand.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A registered brand: what it protects, what it makes and who may sell it. */
@Entity
@Table(name = "brand")
public class Brand {
    @Id
    public String id;
    /** A readable, stable handle derived from the name ("louis-vuitton"), unique. */
    public String key;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aliases = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> protectedTerms = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Trademark> trademarks = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Product> products = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> authorizedSellers = new ArrayList<>();
    /** Staff granted the brand self-service removal (see {@link #mayRemoveListings()} for whether it may now). */
    public boolean selfServiceRemoval;
    /** The name folded as keys are ("estee-lauder"): unique, so no two brands share a name in any case or accents. */
    public String nameKey;
    /** When staff last granted the privilege: overturns before it no longer count. */
    public Instant removalPrivilegeGrantedAt;
    /** Set when too many removals were overturned: the privilege stays granted but unusable until staff grant it again. */
    public Instant removalPrivilegeSuspendedAt;
    public String removalPrivilegeSuspension;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    /** Whether the brand may remove listings itself now: granted and not suspended. */
    public boolean mayRemoveListings() {
        return selfServiceRemoval && removalPrivilegeSuspendedAt == null;
    }

    /** Takes a new name; the key stays, so that references keep working. */
    public void rename(String newName) {
        name = newName.trim();
        nameKey = keyOf(name);
    }

    /** Grants (or grants again after a suspension) the self-service removal privilege; counting starts afresh. */
    public void grantRemovalPrivilege(Instant at) {
        selfServiceRemoval = true;
        removalPrivilegeGrantedAt = at;
        removalPrivilegeSuspendedAt = null;
        removalPrivilegeSuspension = null;
    }

    public void withdrawRemovalPrivilege() {
        selfServiceRemoval = false;
        removalPrivilegeSuspendedAt = null;
        removalPrivilegeSuspension = null;
    }

    /** Suspended automatically; staff grant it again to lift it. */
    public void suspendRemovalPrivilege(String why, Instant at) {
        removalPrivilegeSuspendedAt = at;
        removalPrivilegeSuspension = why;
    }

    /** Every word or phrase the brand protects: its name, aliases and protected terms, without repeats. */
    public List<String> protectedWords() {
        List<String> words = new ArrayList<>();
        words.add(name);
        words.addAll(aliases);
        words.addAll(protectedTerms);
        return words.stream().filter(w -> w != null && !w.isBlank()).distinct().toList();
    }

    /** "Estée Lauder" becomes "estee-lauder", "MAC Cosmetics" becomes "mac-cosmetics". */
    public static String keyOf(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
