package dev.ccp.takedown.statements.application;

import dev.ccp.contracts.takedown.StatementIssued;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.statements.domain.Redress;
import dev.ccp.takedown.statements.domain.StatementOfReasons;
import dev.ccp.takedown.statements.infrastructure.StatementRepository;
import dev.ccp.takedown.takedowns.application.SellerAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stores a written statement and its {@code takedown.statement-issued} event in one transaction, once. */
@ApplicationScoped
public class RecordingStatement {
    private final StatementRepository statements;
    private final Outbox outbox;

    RecordingStatement(StatementRepository statements, Outbox outbox) {
        this.statements = statements;
        this.outbox = outbox;
    }

    /** @return false when this takedown's statement for this action already existed: nothing was changed */
    @Transactional
    public boolean record(StatementOfReasons statement) {
        statements.lockIssuing(statement.takedownId(), statement.action());
        if (statements.of(statement.takedownId(), statement.action()).isPresent()) {
            return false;
        }
        statements.persist(statement);
        outbox.append(issued(statement));
        return true;
    }

    @Transactional
    public boolean exists(String takedownId, SellerAction action) {
        return statements.of(takedownId, action).isPresent();
    }

    private static StatementIssued issued(StatementOfReasons s) {
        Redress redress = s.redress();
        return new StatementIssued(s.takedownId(), s.id(), s.puid(), s.sellerId(), s.listingId(), s.action().name(),
                s.sellerFacts(), s.legalGround(), s.explanation(), s.brandNames(), s.automatedDetection(),
                s.automatedDecision().name(), s.territorialScope(), new StatementIssued.Redress(
                        redress.appealDeadline(), redress.internalComplaint(), redress.outOfCourt(),
                        redress.judicial()), s.actionTakenAt(), s.issuedAt());
    }
}
