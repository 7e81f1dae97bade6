package dev.ccp.takedown.takedowns.infrastructure;

// DELETE AT MERGE, with test/.../support/PortDoublesUntilMerge.java: the `refunds` and `statements` features, built on
// their own branches, implement these ports. Until then the application must still build, and a takedown must not
// pass its refund or statement step without the real work: each stand-in refuses, so the step is retried and in
// the end needs attention. @DefaultBean: any real implementation replaces it without a change here.

import dev.ccp.takedown.takedowns.application.BuyerRefunds;
import dev.ccp.takedown.takedowns.application.RefundLine;
import dev.ccp.takedown.takedowns.application.RefundProgress;
import dev.ccp.takedown.takedowns.application.RefundRequest;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import dev.ccp.takedown.takedowns.application.StatementsOfReasons;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** Stand-ins for ports whose features are not in this build yet. */
@ApplicationScoped
public class PortsAwaitingTheirFeatures {

    @Produces
    @DefaultBean
    @ApplicationScoped
    BuyerRefunds buyerRefunds() {
        return new BuyerRefunds() {
            @Override
            public RefundProgress advance(RefundRequest request) {
                throw new IllegalStateException("the refunds feature is not part of this build");
            }

            @Override
            public List<RefundLine> refundsOf(String takedownId) {
                return List.of();
            }
        };
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    StatementsOfReasons statementsOfReasons() {
        return new StatementsOfReasons() {
            @Override
            public void issue(StatementFacts facts) {
                throw new IllegalStateException("the statements feature is not part of this build");
            }
        };
    }
}
