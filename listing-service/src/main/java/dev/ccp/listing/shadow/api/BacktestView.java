package dev.ccp.listing.shadow.api;

import dev.ccp.listing.shadow.application.Backtesting.Backtest;
import dev.ccp.listing.shadow.domain.Confusion;
import java.time.Instant;

/** A backtest's figures: the decided listings replayed and, for each configuration, its confusion matrix. */
public record BacktestView(String configurationId, Instant from, Instant to, int decided, int infringing,
        Figures active, Figures staged) {

    /** Flagged = held or blocked; positive = a moderator found it infringing. */
    public record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
            Double precision, Double recall) {
        static Figures of(Confusion c) {
            return new Figures(c.truePositives(), c.falsePositives(), c.falseNegatives(), c.trueNegatives(),
                    c.precision(), c.recall());
        }
    }

    static BacktestView of(Backtest b) {
        return new BacktestView(b.configurationId(), b.from(), b.to(), b.decided(), b.infringing(),
                Figures.of(b.active()), Figures.of(b.staged()));
    }
}
