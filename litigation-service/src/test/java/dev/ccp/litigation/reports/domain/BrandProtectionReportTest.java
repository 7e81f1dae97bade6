package dev.ccp.litigation.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.litigation.reports.domain.BrandProtectionReport.Amount;
import dev.ccp.litigation.reports.domain.BrandProtectionReport.Count;
import dev.ccp.litigation.reports.domain.BrandProtectionReport.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandProtectionReportTest {
    private static BrandProtectionReport report(long proactive, long afterReport) {
        return new BrandProtectionReport(2026, 1, proactive, afterReport, 4, 5, 6, 7,
                List.of(new Amount("EUR", 18400), new Amount("JPY", 1200)), 8, 9, 3,
                List.of(new Count("US", 2), new Count("UK", 1)), 10, 11, 12);
    }

    @Test
    void theProactiveShareIsAPercentageWithOneDigitAndZeroWhenNothingWasBlocked() {
        assertThat(report(2, 1).proactiveSharePercent()).isEqualTo("66.7");
        assertThat(report(1, 2).proactiveSharePercent()).isEqualTo("33.3");
        assertThat(report(3, 0).proactiveSharePercent()).isEqualTo("100.0");
        assertThat(report(0, 0).proactiveSharePercent()).isEqualTo("0.0");
    }

    @Test
    void everyFigureIsOneRowAndBrokenDownFiguresOneRowPerDimension() {
        List<Row> rows = report(2, 1).rows();
        assertThat(rows).contains(new Row("amount-refunded", "EUR", "184.00"), new Row("amount-refunded", "JPY", "1200"),
                new Row("criminal-referrals", "", "3"), new Row("criminal-referrals-by-jurisdiction", "US", "2"),
                new Row("criminal-referrals-by-jurisdiction", "UK", "1"), new Row("settlements", "", "12"));
        assertThat(rows.stream().map(r -> r.figure() + "|" + r.dimension())).doesNotHaveDuplicates();
        assertThat(rows).hasSize(13 + 1 + 2 + 2);
    }
}
