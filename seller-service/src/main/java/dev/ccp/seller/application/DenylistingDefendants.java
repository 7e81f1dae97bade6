package dev.ccp.seller.application;

import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.seller.infrastructure.IdentityGraph;
import dev.ccp.seller.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/** A court judgment bars its defendants: every identity of each defendant's account goes on the denylist. */
@ApplicationScoped
public class DenylistingDefendants {
    private static final Logger LOG = Logger.getLogger(DenylistingDefendants.class);

    private final IdentityGraph graph;
    private final SellerRepository sellers;
    private final Clock clock;

    DenylistingDefendants(IdentityGraph graph, SellerRepository sellers, Clock clock) {
        this.graph = graph;
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
            graph.denylistAccount(defendant.sellerId(), "case:" + judgment.caseId(), reason, "litigation-service",
                    clock.instant());
        }
    }
}
