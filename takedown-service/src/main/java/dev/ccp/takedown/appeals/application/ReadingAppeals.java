package dev.ccp.takedown.appeals.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.appeals.domain.Appeal;
import dev.ccp.takedown.appeals.domain.AppealAudit;
import dev.ccp.takedown.appeals.domain.AppealStatus;
import dev.ccp.takedown.appeals.infrastructure.AppealAuditRepository;
import dev.ccp.takedown.appeals.infrastructure.AppealRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Staff's and the marketplace's view of appeals: each with its history. */
@ApplicationScoped
public class ReadingAppeals {
    private final AppealRepository appeals;
    private final AppealAuditRepository audit;

    ReadingAppeals(AppealRepository appeals, AppealAuditRepository audit) {
        this.appeals = appeals;
        this.audit = audit;
    }

    public record Detail(Appeal appeal, List<AppealAudit> history) {
    }

    public record Slice(List<Appeal> items, long total) {
    }

    @Transactional
    public Detail one(String id) {
        Appeal appeal = appeals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("appeal", id));
        return new Detail(appeal, audit.of(id));
    }

    @Transactional
    public Slice search(AppealStatus status, String takedownId, String sellerId, PageRequest window) {
        return new Slice(appeals.search(status, takedownId, sellerId, window.offset(), window.size()),
                appeals.count(status, takedownId, sellerId));
    }
}
