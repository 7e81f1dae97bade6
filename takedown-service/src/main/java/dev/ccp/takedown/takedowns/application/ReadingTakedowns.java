package dev.ccp.takedown.takedowns.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.takedowns.domain.CounterNoticeReversal;
import dev.ccp.takedown.takedowns.domain.InventoryHold;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.domain.TakedownSearch;
import dev.ccp.takedown.takedowns.infrastructure.CounterNoticeReversalRepository;
import dev.ccp.takedown.takedowns.infrastructure.InventoryHoldRepository;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Staff's view of takedowns: each with its steps, its held stock and its refunds. */
@ApplicationScoped
public class ReadingTakedowns {
    private final TakedownRepository takedowns;
    private final InventoryHoldRepository holds;
    private final BuyerRefunds refunds;
    private final CounterNoticeReversalRepository counterNotices;

    ReadingTakedowns(TakedownRepository takedowns, InventoryHoldRepository holds, BuyerRefunds refunds,
            CounterNoticeReversalRepository counterNotices) {
        this.takedowns = takedowns;
        this.counterNotices = counterNotices;
        this.holds = holds;
        this.refunds = refunds;
    }

    /**
     * One takedown and all it did.
     *
     * @param counterNotice the reversal an upheld counter-notice asked for, or null
     */
    public record Detail(Takedown takedown, InventoryHold hold, List<RefundLine> refunds,
            CounterNoticeReversal counterNotice) {
    }

    public record Slice(List<Detail> items, long total) {
    }

    @Transactional
    public Slice search(TakedownSearch search, PageRequest window) {
        List<Detail> items = takedowns.search(search, window.offset(), window.size()).stream().map(this::detail)
                .toList();
        return new Slice(items, takedowns.count(search));
    }

    @Transactional
    public Detail one(String id) {
        return detail(takedowns.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("takedown", id)));
    }

    private Detail detail(Takedown takedown) {
        return new Detail(takedown, holds.findById(takedown.id()), refunds.refundsOf(takedown.id()),
                counterNotices.findById(takedown.id()));
    }
}
