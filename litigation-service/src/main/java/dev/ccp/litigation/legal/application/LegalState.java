package dev.ccp.litigation.legal.application;

import dev.ccp.litigation.cases.application.CaseRecord;
import dev.ccp.litigation.legal.domain.CaseOutcome;
import dev.ccp.litigation.legal.domain.CivilFiling;
import dev.ccp.litigation.legal.domain.CriminalReferral;
import dev.ccp.litigation.legal.domain.LegalAudit;
import java.util.List;
import java.util.Optional;

/** A case with its legal actions: the filing, the referrals, the outcome, and the audit of what was done. */
public record LegalState(CaseRecord caseRecord, Optional<CivilFiling> filing, List<CriminalReferral> referrals,
        Optional<CaseOutcome> outcome, List<LegalAudit> audit) {

    /** Whether the brand sues in the case's civil filing. */
    public boolean coPlaintiff(String brandId) {
        return filing.flatMap(f -> f.coPlaintiff(brandId)).isPresent();
    }
}
