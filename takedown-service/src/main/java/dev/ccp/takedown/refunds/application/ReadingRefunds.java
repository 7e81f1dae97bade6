package dev.ccp.takedown.refunds.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.takedown.refunds.domain.Refund;
import dev.ccp.takedown.refunds.domain.RefundStatus;
import dev.ccp.takedown.refunds.infrastructure.RefundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Staff's view of refunds, e.g. the failed ones of a takedown that wait for them. */
@ApplicationScoped
public class ReadingRefunds {
    private final RefundRepository refunds;

    ReadingRefunds(RefundRepository refunds) {
        this.refunds = refunds;
    }

    public record Slice(List<Refund> items, long total) {
    }

    /** @param status null for any; @param takedownId null for every takedown */
    @Transactional
    public Slice search(RefundStatus status, String takedownId, PageRequest window) {
        return new Slice(refunds.search(status, takedownId, window), refunds.countSearch(status, takedownId));
    }
}
