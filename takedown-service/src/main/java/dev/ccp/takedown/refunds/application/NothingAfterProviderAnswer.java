package dev.ccp.takedown.refunds.application;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The service's {@link AfterProviderAnswer}: carry straight on to recording the answer. */
@DefaultBean
@ApplicationScoped
class NothingAfterProviderAnswer implements AfterProviderAnswer {
    @Override
    public void reached(ClaimedRefund refund, ProviderAnswer answer) {
        // nothing between the answer and its record
    }
}
