package dev.ccp.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesAreTheLatenciesThatShareOfRequestsDidNotExceed() {
        Histogram latencies = new Histogram(3);
        for (int millis = 1; millis <= 1_000; millis++) { // 1 ms, 2 ms, ... 1,000 ms: p50 is 500 ms, p99 990 ms
            latencies.recordValue(millis * 1_000_000L);
        }
        LatencySummary summary = new LatencySummary(1_000, 0, 2.0, latencies);

        assertThat(summary.percentileMillis(50)).isCloseTo(500, within(0.5));
        assertThat(summary.percentileMillis(95)).isCloseTo(950, within(1.0));
        assertThat(summary.percentileMillis(99)).isCloseTo(990, within(1.0));
        assertThat(summary.percentileMillis(100)).isCloseTo(1_000, within(1.0));
        assertThat(summary.perSecond()).isEqualTo(500);
    }

    @Test
    void oneSlowRequestInAHundredShowsAtP99AndNotAtP95() {
        Histogram latencies = new Histogram(3);
        latencies.recordValueWithCount(2_000_000L, 98); // 2 ms
        latencies.recordValueWithCount(40_000_000L, 2); // 40 ms

        LatencySummary summary = new LatencySummary(100, 3, 0.5, latencies);

        assertThat(summary.line()).isEqualTo("100 requests in 0.5 s: 200/s, p50 2.0 ms, p90 2.0 ms, p95 2.0 ms, "
                + "p99 40.0 ms, max 40.0 ms, 3 FAILED");
    }
}
