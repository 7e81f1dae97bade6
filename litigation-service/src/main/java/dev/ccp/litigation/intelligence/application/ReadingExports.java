package dev.ccp.litigation.intelligence.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.intelligence.domain.IntelligenceExport;
import dev.ccp.litigation.intelligence.infrastructure.IntelligenceExportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The record of every intelligence export, newest first, a page at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingExports {
    /** Exports one page may hold: each lists the sellers it exported. */
    public static final int MAX_PAGE = 100;

    private final IntelligenceExportRepository exports;

    ReadingExports(IntelligenceExportRepository exports) {
        this.exports = exports;
    }

    public record Slice(List<IntelligenceExport> items, int page, int size, long total) {
    }

    public Slice page(Integer page, Integer size) {
        if (size != null && size > MAX_PAGE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_PAGE);
        }
        PageRequest window = new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
        return new Slice(exports.newest(window), window.page(), window.size(), exports.count());
    }
}
