package dev.ccp.litigation.cases.application;

import dev.ccp.contracts.litigation.CaseOpened;
import dev.ccp.contracts.litigation.CaseStatusChanged;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.domain.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** {@code case.opened} and {@code case.status-changed} on cases.v1, in the transaction of the change they announce. */
@ApplicationScoped
public class PublishingCaseEvents {
    private final Outbox outbox;

    PublishingCaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param cause the event id that opened the case, or null when staff did */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(LitigationCase opened, String cause) {
        outbox.append(new CaseOpened(opened.id(), opened.title(), opened.brandIds(),
                opened.defendants().stream().map(d -> new CaseOpened.Party(d.role(), d.sellerId())).toList(),
                opened.openedBy(), cause, opened.openedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(StatusChange change) {
        outbox.append(new CaseStatusChanged(change.caseId(), change.from().name(), change.to().name(), change.note(),
                change.by(), change.at()));
    }
}
