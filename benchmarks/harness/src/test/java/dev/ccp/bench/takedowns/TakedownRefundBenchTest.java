package dev.ccp.bench.takedowns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TakedownRefundBenchTest {
    @Test
    void percentilesAreNearestRankSoFewRunsNeverInventAFigure() {
        List<Double> ten = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(TakedownRefundBench.percentile(ten, 50)).isEqualTo(5.0);
        assertThat(TakedownRefundBench.percentile(ten, 95)).isEqualTo(10.0);
        List<Double> three = List.of(76.7, 82.4, 87.5);
        assertThat(TakedownRefundBench.percentile(three, 50)).isEqualTo(82.4);
        assertThat(TakedownRefundBench.percentile(three, 95)).isEqualTo(87.5);
    }
}
