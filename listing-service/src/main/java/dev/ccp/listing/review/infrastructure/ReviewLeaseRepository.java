package dev.ccp.listing.review.infrastructure;

import dev.ccp.listing.review.domain.ReviewLease;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

@ApplicationScoped
public class ReviewLeaseRepository implements PanacheRepositoryBase<ReviewLease, String> {
    private final EntityManager em;

    ReviewLeaseRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the lease for {@code moderator} unless someone holds an unexpired one: the primary key decides between
     * two claims that picked the same listing, whatever their snapshots saw.
     *
     * @return whether the lease is now the moderator's
     */
    public boolean take(String listingId, String moderator, Instant now, Duration lease) {
        return em.createNativeQuery("""
                insert into review_lease (listing_id, moderator, claimed_at, expires_at)
                values (:listing, :moderator, :now, :expires)
                on conflict (listing_id) do update
                    set moderator = excluded.moderator, claimed_at = excluded.claimed_at,
                        expires_at = excluded.expires_at
                    where review_lease.expires_at <= excluded.claimed_at""")
                .setParameter("listing", listingId).setParameter("moderator", moderator)
                .setParameter("now", now).setParameter("expires", now.plus(lease))
                .executeUpdate() == 1;
    }

    /** Extends the moderator's unexpired lease; false when it holds none (expired, released or someone else's). */
    public boolean renew(String listingId, String moderator, Instant now, Duration lease) {
        return update("expiresAt = ?1 where listingId = ?2 and moderator = ?3 and expiresAt > ?4",
                now.plus(lease), listingId, moderator, now) == 1;
    }

    /** Gives the listing back to the queue; false when the moderator holds no unexpired lease on it. */
    public boolean release(String listingId, String moderator, Instant now) {
        return delete("listingId = ?1 and moderator = ?2 and expiresAt > ?3", listingId, moderator, now) == 1;
    }
}
