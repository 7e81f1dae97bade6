package dev.ccp.litigation.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportYearTest {
    @Test
    void aYearIsFourDigitsFrom2000To2100() {
        assertThat(ReportYear.parse("2000")).contains(new ReportYear(2000));
        assertThat(ReportYear.parse("2100")).contains(new ReportYear(2100));
        for (String bad : new String[] {null, "", "1999", "2101", "02019", "20x9", "-2019", "2019.0", "٢٠١٩"}) {
            assertThat(ReportYear.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void theYearRunsFromItsFirstInstantUpToTheNextYearsInUtc() {
        ReportYear year = new ReportYear(2024);
        assertThat(year.start()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(year.end()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(year.endDay()).hasToString("2025-01-01");
    }
}
