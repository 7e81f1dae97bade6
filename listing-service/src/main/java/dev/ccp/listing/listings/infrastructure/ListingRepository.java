package dev.ccp.listing.listings.infrastructure;

import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ListingRepository implements PanacheRepositoryBase<Listing, String> {
    private final EntityManager em;

    ListingRepository(EntityManager em) {
        this.em = em;
    }

    public record Found(List<Listing> items, long total) {
    }

    /** Newest first, by seller and status when given. */
    public Found search(String sellerId, ListingStatus status, int offset, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (sellerId != null) {
            where.add("sellerId = :seller");
            params.and("seller", sellerId);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by createdAt desc, id";
        var found = find(query, params);
        long total = found.count();
        return new Found(found.range(offset, offset + limit - 1).list(), total);
    }

    private static final List<ListingStatus> LIVE_OR_HELD = List.of(ListingStatus.PUBLISHED, ListingStatus.HELD);

    /** The seller's listings that are live or waiting for review: what a change of standing affects. */
    public List<Listing> screenableOfSeller(String sellerId) {
        return list("sellerId = ?1 and status in ?2", sellerId, LIVE_OR_HELD);
    }

    /** Up to {@code limit} of the seller's live or held listings, locked for this transaction. */
    public List<Listing> liveOfSellerForUpdate(String sellerId, int limit) {
        return find("sellerId = ?1 and status in ?2 order by id", sellerId, LIVE_OR_HELD)
                .withLock(LockModeType.PESSIMISTIC_WRITE).range(0, limit - 1).list();
    }

    /**
     * Live or held listings with an image within {@code maxDistance} bits of one of {@code hashes}: a scan (XOR and
     * bit count per image), run when a counterfeit is confirmed, not per listing.
     */
    @SuppressWarnings("unchecked")
    public List<String> withImagesNear(List<Long> hashes, int maxDistance, String except, int limit) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                select l.id from listing l
                where l.status in ('PUBLISHED', 'HELD') and l.id <> :except
                  and exists (select 1 from jsonb_array_elements_text(l.image_hashes) as i(hex),
                                            unnest(string_to_array(:hashes, ',')::bigint[]) as h(hash)
                              where bit_count((('x' || i.hex)::bit(64)::bigint # h.hash)::bit(64)) <= :distance)
                limit :limit""")
                .setParameter("hashes", hashes.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .setParameter("distance", maxDistance)
                .setParameter("except", except)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * The listings a request names by id, or a 400 naming each unknown one ({@code listingIds[i]}): evidence about
     * listings that do not exist is refused whole.
     */
    public Map<String, Listing> allNamed(List<String> requested) {
        Map<String, Listing> found = byIds(requested.stream().map(String::trim).distinct().toList());
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!found.containsKey(requested.get(i).trim())) {
                unknown.add(new Problem.FieldError("listingIds[" + i + "]", "no such listing"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        return found;
    }

    public Map<String, Listing> byIds(List<String> ids) {
        return list("id in ?1", ids).stream().collect(Collectors.toMap(l -> l.id, l -> l));
    }
}
