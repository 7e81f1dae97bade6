package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.takedowns.domain.AccountAction;
import dev.ccp.takedown.takedowns.domain.StepName;
import dev.ccp.takedown.takedowns.domain.Takedown;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * ISSUE_STATEMENTS: a statement of reasons for the listing's removal and, when this takedown closed the account,
 * for the closure. Issuing one twice changes nothing, so a retry repeats both.
 */
@ApplicationScoped
public class IssuingStatementsStep implements TakedownStepHandler {
    /** A moderator (a person) confirms every counterfeit; screening only flags. */
    private static final boolean AUTOMATED_DECISION = false;

    private final StatementsOfReasons statements;

    IssuingStatementsStep(StatementsOfReasons statements) {
        this.statements = statements;
    }

    @Override
    public StepName step() {
        return StepName.ISSUE_STATEMENTS;
    }

    @Override
    public StepResult attempt(Takedown takedown) {
        statements.issue(facts(takedown, SellerAction.LISTING_REMOVED));
        if (takedown.accountAction() == AccountAction.CLOSED) {
            statements.issue(facts(takedown, SellerAction.ACCOUNT_CLOSED));
        }
        return StepResult.done();
    }

    private static StatementFacts facts(Takedown takedown, SellerAction action) {
        var takenAt = action == SellerAction.ACCOUNT_CLOSED ? takedown.accountClosedAt() : takedown.listingRemovedAt();
        return new StatementFacts(takedown.id(), takedown.listingId(), takedown.sellerId(), action,
                takedown.brandIds(), takedown.listingTitle(), takedown.claimedBrand(), takedown.automatedDetection(),
                AUTOMATED_DECISION, takedown.decidedBy(), takedown.decidedAt(),
                takenAt != null ? takenAt : takedown.updatedAt());
    }
}
