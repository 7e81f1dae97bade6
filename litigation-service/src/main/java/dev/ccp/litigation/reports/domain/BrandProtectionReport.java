package dev.ccp.litigation.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The year's brand-protection figures (docs/brand-protection-report.md defines each one). Amounts are exact minor
 * units per currency; {@link #rows()} is the same report as one (figure, dimension, value) row per figure.
 *
 * @param amountsRefunded                 one per currency, by currency code
 * @param criminalReferralsByJurisdiction one per jurisdiction, by code
 */
public record BrandProtectionReport(int year, long badActorAccountAttemptsBlocked, long listingsBlockedProactively,
        long listingsBlockedAfterBrandReport, long listingsRemoved, long unitsHeld, long customersRefunded,
        long ordersRefunded, List<Amount> amountsRefunded, long accountsClosed, long civilSuitsFiled,
        long criminalReferrals, List<Count> criminalReferralsByJurisdiction, long judgments,
        long judgmentsForPlaintiff, long settlements) {

    public BrandProtectionReport {
        amountsRefunded = List.copyOf(amountsRefunded);
        criminalReferralsByJurisdiction = List.copyOf(criminalReferralsByJurisdiction);
    }

    /** A sum in one currency, in its minor units. */
    public record Amount(String currency, long minorUnits) {
        public Amount {
            Objects.requireNonNull(currency, "currency");
        }

        /** The sum in major units as a decimal string with the currency's own fraction digits. */
        public String decimal() {
            return MinorUnits.decimal(minorUnits, currency);
        }
    }

    /** How many of a figure fall under one dimension value, e.g. referrals in one jurisdiction. */
    public record Count(String dimension, long count) {
        public Count {
            Objects.requireNonNull(dimension, "dimension");
        }
    }

    /** One line of the CSV form: a figure, the dimension it is broken down by (empty for a total), its value. */
    public record Row(String figure, String dimension, String value) {
    }

    /**
     * The listings blocked before any brand report as a percentage of all listings blocked (before or after a
     * report) this year, with one fraction digit; {@code "0.0"} when none was blocked.
     */
    public String proactiveSharePercent() {
        long blocked = listingsBlockedProactively + listingsBlockedAfterBrandReport;
        if (blocked == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(listingsBlockedProactively).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(blocked), 1, RoundingMode.HALF_UP).toPlainString();
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        total(rows, "bad-actor-account-attempts-blocked", badActorAccountAttemptsBlocked);
        total(rows, "listings-blocked-proactively", listingsBlockedProactively);
        total(rows, "listings-blocked-after-brand-report", listingsBlockedAfterBrandReport);
        rows.add(new Row("listings-blocked-proactively-percent", "", proactiveSharePercent()));
        total(rows, "listings-removed", listingsRemoved);
        total(rows, "units-held", unitsHeld);
        total(rows, "customers-refunded", customersRefunded);
        total(rows, "orders-refunded", ordersRefunded);
        amountsRefunded.forEach(a -> rows.add(new Row("amount-refunded", a.currency(), a.decimal())));
        total(rows, "accounts-closed", accountsClosed);
        total(rows, "civil-suits-filed", civilSuitsFiled);
        total(rows, "criminal-referrals", criminalReferrals);
        criminalReferralsByJurisdiction.forEach(c -> rows.add(new Row("criminal-referrals-by-jurisdiction",
                c.dimension(), Long.toString(c.count()))));
        total(rows, "judgments", judgments);
        total(rows, "judgments-for-plaintiff", judgmentsForPlaintiff);
        total(rows, "settlements", settlements);
        return rows;
    }

    private static void total(List<Row> rows, String figure, long value) {
        rows.add(new Row(figure, "", Long.toString(value)));
    }
}
