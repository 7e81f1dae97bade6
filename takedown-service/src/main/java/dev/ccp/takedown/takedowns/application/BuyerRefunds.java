package dev.ccp.takedown.takedowns.application;

import java.util.List;

/**
 * The refunds a takedown owes the listing's buyers. A port: the step runner drives it and knows nothing of the
 * payment provider; the {@code refunds} feature pays them.
 */
public interface BuyerRefunds {

    /**
     * Moves the takedown's refunds on: opens, once per order, a refund for every order of the listing that was paid
     * and is neither refunded nor cancelled, then asks the provider for every refund that is due. Safe to call again
     * at any time and from any replica: no order is ever refunded twice.
     */
    RefundProgress advance(RefundRequest request);

    /** Every refund of the takedown, oldest first, for the takedown's view. */
    List<RefundLine> refundsOf(String takedownId);
}
