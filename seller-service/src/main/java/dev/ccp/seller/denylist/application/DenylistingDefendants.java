package dev.ccp.seller.denylist.application;

import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import dev.ccp.seller.denylist.infrastructure.DenylistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * A court judgment bars its defendants: every identity of each defendant's account except its network address goes
 * on the denylist.
 */
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
                continue; // influencers and suppliers without an account have no identity here to bar
            }
            if (sellers.findByIdOptional(defendant.sellerId()).isEmpty()) {
                LOG.warnf("judgment in case %s names seller %s, unknown here", judgment.caseId(), defendant.sellerId());
                continue;
            }
            String reason = "judgment entered " + judgment.enteredOn()
                    + (judgment.court() == null ? "" : " by " + judgment.court());
            denylist.denylistAccount(defendant.sellerId(), "case:" + judgment.caseId(), reason, "litigation-service",
                    clock.instant());
        }
    }
}
