package dev.ccp.contracts.litigation;

import dev.ccp.contracts.DomainEvent;

/** Everything litigation-service tells the others, on {@code cases.v1}. */
public sealed interface CaseEvent extends DomainEvent permits CaseOpened, CaseStatusChanged, JudgmentEntered {

    String caseId();

    @Override
    default String aggregateId() {
        return caseId();
    }
}
