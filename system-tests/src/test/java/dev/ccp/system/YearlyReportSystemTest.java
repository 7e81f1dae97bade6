package dev.ccp.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.devstack.demo.Demo;
import dev.ccp.devstack.demo.ReportReconciliation;
import dev.ccp.devstack.demo.ReportReconciliation.Figure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed cases replayed through all four services, as {@code bin/ccp demo} does, with a brand that reports a
 * counterfeit before screening finds it ({@link BrandReportedFirst}); then litigation-service's
 * yearly report compared figure by figure with what seller-, listing- and takedown-service (and litigation-service's
 * own legal records) hold for the same scenario.
 */
class YearlyReportSystemTest {
    private static SystemStack stack;
    private static String demoOutput;

    @BeforeAll
    static void replayTheSeedCases() throws Exception {
        stack = SystemStack.start();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream both = new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8)) {
            System.setOut(both);
            Demo.run(stack.keysDir(), stack.dataDir(), stack.bootstrapServers(), stack.addresses());
            new BrandReportedFirst(stack.addresses(), stack.keysDir()).replay();
        } finally {
            System.setOut(original);
        }
        demoOutput = captured.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyFigureOfTheReportIsWhatTheOwningServicesHold() throws Exception {
        List<Figure> figures = ReportReconciliation.awaitAgreement(stack.keysDir(), stack.addresses(),
                LocalDate.now(ZoneOffset.UTC).getYear(), Duration.ofSeconds(60));
        assertThat(figures).extracting(Figure::name).containsExactly("badActorAccountAttemptsBlocked",
                "accountsClosed", "listingsBlockedProactively", "listingsBlockedAfterBrandReport",
                "listingsBlockedProactivelyPercent", "listingsRemoved", "unitsHeld", "customersRefunded",
                "ordersRefunded", "amountsRefunded", "civilSuitsFiled", "criminalReferrals",
                "criminalReferralsByJurisdiction", "judgments", "judgmentsForPlaintiff", "settlements");
        assertThat(figures).as("figures where the report and the owners disagree")
                .filteredOn(f -> !f.agrees()).isEmpty();

        // and the scenario reached every part of the loop, so that agreeing is not 0 = 0
        Map<String, String> owners = figures.stream().collect(Collectors.toMap(Figure::name, Figure::owners));
        assertThat(Long.parseLong(owners.get("badActorAccountAttemptsBlocked"))).as("re-registrations refused")
                .isGreaterThanOrEqualTo(2);
        assertThat(Long.parseLong(owners.get("accountsClosed"))).isGreaterThanOrEqualTo(1);
        assertThat(Long.parseLong(owners.get("listingsBlockedProactively"))).isGreaterThanOrEqualTo(1);
        assertThat(Long.parseLong(owners.get("listingsBlockedAfterBrandReport"))).isGreaterThanOrEqualTo(1);
        assertThat(Long.parseLong(owners.get("listingsRemoved"))).isGreaterThanOrEqualTo(1);
        assertThat(Long.parseLong(owners.get("unitsHeld"))).isPositive();
        // the watch brand's customer who bought twice counts once
        assertThat(Long.parseLong(owners.get("customersRefunded")))
                .isEqualTo(Long.parseLong(owners.get("ordersRefunded")) - 1);
        assertThat(owners.get("amountsRefunded")).matches("EUR \\d+\\.\\d{2}, JPY 620000");
        assertThat(owners).containsEntry("civilSuitsFiled", "1").containsEntry("criminalReferrals", "1")
                .containsEntry("criminalReferralsByJurisdiction", "{US=1}").containsEntry("judgments", "1")
                .containsEntry("judgmentsForPlaintiff", "1");
    }

    @Test
    void theDemoToldTheWholeStoryWithoutFallingBack() {
        assertThat(demoOutput).contains("counterfeits of BMW\"", "counterfeits of Cartier\"")
                .contains("BMW joins as co-plaintiff through its own partner API (200)")
                .contains("is named as a defendant (INFLUENCER)")
                .contains("one defendant tries to open a new shop with the same identity: REJECTED")
                .contains("Checked against the services that own each fact");
        // the demo's fallbacks say why a step could not be shown; on a fresh stack none may appear
        assertThat(demoOutput).doesNotContain("(no case for", "(no takedown was opened", "has no influencer yet",
                "was registered by an earlier run", "expected events arrived within");
    }

    /** Writes to both streams: the demo's story stays in the test's log and is read by the assertions. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
