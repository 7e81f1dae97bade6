package dev.ccp.takedown.statements.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.statements.domain.StatementOfReasons;
import dev.ccp.takedown.statements.infrastructure.StatementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Staff's and the exporter's reads of issued statements. */
@ApplicationScoped
public class ReadingStatements {
    private final StatementRepository statements;

    ReadingStatements(StatementRepository statements) {
        this.statements = statements;
    }

    public record Batch(List<StatementOfReasons> items, long total) {
    }

    @Transactional
    public StatementOfReasons byId(String id) {
        StatementOfReasons statement = statements.findById(id);
        if (statement == null) {
            throw ProblemException.notFound("statement of reasons", id);
        }
        return statement;
    }

    @Transactional
    public List<StatementOfReasons> ofTakedown(String takedownId) {
        return statements.ofTakedown(takedownId);
    }

    /** Statements issued in [from, to), oldest first, one page of the given size. */
    @Transactional
    public Batch issuedBetween(Instant from, Instant to, int page, int size) {
        return new Batch(statements.issuedBetween(from, to, page, size), statements.countIssuedBetween(from, to));
    }
}
