package dev.ccp.litigation.reports.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.reports.domain.BrandProtectionReport;
import dev.ccp.litigation.reports.domain.ReportYear;
import dev.ccp.litigation.reports.infrastructure.LegalFigures;
import dev.ccp.litigation.reports.infrastructure.ReportFactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The brand-protection report of one calendar year (UTC): enforcement figures from this service's projection of
 * the events it consumed, legal figures from its own filings, referrals and outcomes. A year without data answers
 * zeros.
 */
@ApplicationScoped
public class ReadingReport {
    private final ReportFactRepository facts;
    private final LegalFigures legal;

    ReadingReport(ReportFactRepository facts, LegalFigures legal) {
        this.facts = facts;
        this.legal = legal;
    }

    @Transactional
    public BrandProtectionReport of(String yearText) {
        ReportYear year = ReportYear.parse(yearText).orElseThrow(() -> ProblemException.badRequest("year",
                "must be a year from " + ReportYear.FIRST + " to " + ReportYear.LAST + ", written as four digits"));
        ReportFactRepository.EnforcementFigures e = facts.figures(year);
        LegalFigures.Figures l = legal.figures(year);
        return new BrandProtectionReport(year.value(), e.accountAttemptsBlocked(), e.blockedProactively(),
                e.blockedAfterBrandReport(), e.listingsRemoved(), e.unitsHeld(), e.customersRefunded(),
                e.ordersRefunded(), e.amountsRefunded(), e.accountsClosed(), l.civilSuitsFiled(),
                l.criminalReferrals(), l.referralsByJurisdiction(), l.judgments(), l.judgmentsForPlaintiff(),
                l.settlements());
    }
}
