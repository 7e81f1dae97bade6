package dev.ccp.seller.application;

import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.seller.domain.DenylistEntry;
import dev.ccp.seller.infrastructure.DenylistRepository;
import dev.ccp.seller.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/** A court judgment bars its defendants: each one that held an account goes on the denylist. */
@ApplicationScoped
public class DenylistingDefendants {
    private static final Logger LOG = Logger.getLogger(DenylistingDefendants.class);

    private final DenylistRepository denylist;
    private final SellerRepository sellers;
    private final Clock clock;

    DenylistingDefendants(DenylistRepository denylist, SellerRepository sellers, Clock clock) {
        this.denylist = denylist;
        this.sellers = sellers;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(JudgmentEntered judgment) {
        for (JudgmentEntered.Defendant defendant : judgment.defendants()) {
            if (defendant.sellerId() == null) {
                continue; // influencers and suppliers without an account have nothing to bar here
            }
            if (sellers.findByIdOptional(defendant.sellerId()).isEmpty()) {
                LOG.warnf("judgment in case %s names seller %s, unknown here", judgment.caseId(), defendant.sellerId());
                continue;
            }
            DenylistEntry entry = new DenylistEntry();
            entry.sellerId = defendant.sellerId();
            entry.name = defendant.name();
            entry.source = "case:" + judgment.caseId();
            entry.reason = "judgment entered " + judgment.enteredOn()
                    + (judgment.court() == null ? "" : " by " + judgment.court());
            entry.createdAt = clock.instant();
            denylist.persist(entry);
        }
    }
}
