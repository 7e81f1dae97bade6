package dev.ccp.listing.listings.infrastructure;

import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingChanges;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Interceptor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.type.Type;

/**
 * The one place where {@link ListingChanges} hears of listings: whichever use case changed a listing's status or
 * verdict (a screening, a verdict, a removal, a counter-notice, a brand's own removal, a seller's closure...),
 * Hibernate flushes that change, and this notes the listing; once per transaction, just before it commits, the
 * listings noted are handed over. So no use case has to remember to tell, and a change that rolls back tells nothing.
 *
 * <p>It runs after Hibernate's last flush (the listings' rows are written and locked by then, so two transactions
 * changing one listing tell of it one after the other) and flushes what the listeners stored, as an audit trail would.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ListingChangeWatch implements Interceptor {
    private static final Object KEY = ListingChangeWatch.class;
    private static final List<String> WATCHED = List.of("status", "verdict");

    private final TransactionSynchronizationRegistry transactions;
    private final Instance<EntityManager> em; // looked up when needed: this is built with the persistence unit
    private final ListingChanges changes;

    ListingChangeWatch(TransactionSynchronizationRegistry transactions, Instance<EntityManager> em,
            ListingChanges changes) {
        this.transactions = transactions;
        this.em = em;
        this.changes = changes;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        if (entity instanceof Listing listing && statusOrVerdictChanged(currentState, previousState, propertyNames)) {
            noted().put(listing.id, listing);
        }
        return false;
    }

    private static boolean statusOrVerdictChanged(Object[] current, Object[] previous, String[] names) {
        if (previous == null) {
            return true; // no state to compare with: let the listeners compare with what they remember
        }
        for (int i = 0; i < names.length; i++) {
            if (WATCHED.contains(names[i]) && !Objects.equals(current[i], previous[i])) {
                return true;
            }
        }
        return false;
    }

    /** This transaction's noted listings; the first one noted books the hand-over before the commit. */
    @SuppressWarnings("unchecked")
    private Map<String, Listing> noted() {
        Map<String, Listing> noted = (Map<String, Listing>) transactions.getResource(KEY);
        if (noted == null) {
            noted = new LinkedHashMap<>();
            transactions.putResource(KEY, noted);
            Map<String, Listing> pending = noted;
            em.get().unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                    .registerCallback((BeforeCompletionCallback) session -> handOver(pending, session));
        }
        return noted;
    }

    /** Until nothing new is noted: what the listeners store is flushed, and could (it does not today) change more. */
    private void handOver(Map<String, Listing> pending, SharedSessionContractImplementor session) {
        while (!pending.isEmpty()) {
            List<Listing> changed = new ArrayList<>(pending.values());
            pending.clear();
            changes.changed(changed);
            session.flush();
        }
    }
}
