package dev.ccp.litigation.reports.api;

import dev.ccp.litigation.reports.domain.BrandProtectionReport;
import java.util.List;

/** The JSON form of the year's report; amounts are decimal strings in major units, with their minor units. */
public record ReportView(int year, long badActorAccountAttemptsBlocked, long listingsBlockedProactively,
        long listingsBlockedAfterBrandReport, String listingsBlockedProactivelyPercent, long listingsRemoved,
        long unitsHeld, long customersRefunded, long ordersRefunded, List<AmountView> amountsRefunded,
        long accountsClosed, long civilSuitsFiled, long criminalReferrals,
        List<JurisdictionCount> criminalReferralsByJurisdiction, long judgments, long judgmentsForPlaintiff,
        long settlements) {

    public record AmountView(String currency, String amount, long minorUnits) {
    }

    public record JurisdictionCount(String jurisdiction, long count) {
    }

    static ReportView of(BrandProtectionReport r) {
        return new ReportView(r.year(), r.badActorAccountAttemptsBlocked(), r.listingsBlockedProactively(),
                r.listingsBlockedAfterBrandReport(), r.proactiveSharePercent(), r.listingsRemoved(), r.unitsHeld(),
                r.customersRefunded(), r.ordersRefunded(),
                r.amountsRefunded().stream().map(a -> new AmountView(a.currency(), a.decimal(), a.minorUnits()))
                        .toList(),
                r.accountsClosed(), r.civilSuitsFiled(), r.criminalReferrals(),
                r.criminalReferralsByJurisdiction().stream()
                        .map(c -> new JurisdictionCount(c.dimension(), c.count())).toList(),
                r.judgments(), r.judgmentsForPlaintiff(), r.settlements());
    }
}
