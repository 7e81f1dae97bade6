package dev.ccp.litigation.legal.application;

import dev.ccp.litigation.cases.application.ReadingCases;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.legal.infrastructure.FilingRepository;
import dev.ccp.litigation.legal.infrastructure.LegalAuditRepository;
import dev.ccp.litigation.legal.infrastructure.OutcomeRepository;
import dev.ccp.litigation.legal.infrastructure.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingLegal {
    private final ReadingCases cases;
    private final FilingRepository filings;
    private final ReferralRepository referrals;
    private final OutcomeRepository outcomes;
    private final LegalAuditRepository audits;
    private final LitigationConfig.Legal config;

    ReadingLegal(ReadingCases cases, FilingRepository filings, ReferralRepository referrals,
            OutcomeRepository outcomes, LegalAuditRepository audits, LitigationConfig config) {
        this.cases = cases;
        this.filings = filings;
        this.referrals = referrals;
        this.outcomes = outcomes;
        this.audits = audits;
        this.config = config.legal();
    }

    /** The case (404 if unknown) with its legal actions. */
    public LegalState of(String caseId) {
        return new LegalState(cases.get(caseId), filings.ofCase(caseId), referrals.ofCase(caseId),
                outcomes.ofCase(caseId), audits.ofCase(caseId, config.auditShown()));
    }
}
