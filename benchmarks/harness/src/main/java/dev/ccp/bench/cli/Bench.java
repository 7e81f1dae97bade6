package dev.ccp.bench.cli;

import dev.ccp.bench.evidence.EvidenceLedgerBench;
import dev.ccp.bench.listings.ListingScreeningBench;
import dev.ccp.bench.matching.MatchingCostReport;
import dev.ccp.bench.sellers.SellerRegistrationBench;
import dev.ccp.bench.takedowns.TakedownRefundBench;
import dev.ccp.devstack.postgres.Postgres;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmarks behind {@code bin/ccp bench}. Prints results on stdout, problems on stderr. */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "listings" -> listings(rest);
                case "sellers" -> sellers(rest);
                case "takedowns" -> takedowns(rest);
                case "matching" -> MatchingCostReport.run();
                case "evidence" -> evidence(rest);
                default -> usage();
            }
        } catch (Exception e) {
            fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static void listings(List<String> args) throws Exception {
        requireArgs(args, 8);
        ListingScreeningBench.run(args.get(0), args.get(1), Path.of(args.get(2)), args.get(3), args.get(4),
                Integer.parseInt(args.get(5)), Integer.parseInt(args.get(6)), Integer.parseInt(args.get(7)),
                pid("BENCH_SERVICE_PID"), pid("BENCH_BASELINE_PID"));
    }

    private static void sellers(List<String> args) throws Exception {
        requireArgs(args, 6);
        var postgres = Postgres.fromEnvironment();
        SellerRegistrationBench.run(postgres.jdbcUrl(args.get(0)), postgres.user(), postgres.password(), args.get(1),
                Path.of(args.get(2)), Integer.parseInt(args.get(3)), Integer.parseInt(args.get(4)),
                Integer.parseInt(args.get(5)));
    }

    private static void evidence(List<String> args) throws Exception {
        requireArgs(args, 6);
        EvidenceLedgerBench.run(args.get(0), Path.of(args.get(1)), Integer.parseInt(args.get(2)),
                Integer.parseInt(args.get(3)), Integer.parseInt(args.get(4)), Integer.parseInt(args.get(5)),
                args.size() > 6 ? args.get(6) : null);
    }

    /** {@code takedowns LISTINGS_URL TAKEDOWNS_URL PROVIDER_URL KEYS_DIR BOOTSTRAP SELLERS_TOPIC SIZES SETTING} */
    private static void takedowns(List<String> args) throws Exception {
        requireArgs(args, 8);
        Map<Integer, Integer> sizes = new LinkedHashMap<>(); // 50:10,5000:3 = 10 runs of 50 orders, 3 of 5,000
        for (String size : args.get(6).split(",")) {
            String[] parts = size.split(":");
            sizes.put(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        TakedownRefundBench.run(args.get(0), args.get(1), args.get(2), Path.of(args.get(3)), args.get(4), args.get(5),
                sizes, args.get(7));
    }

    /** A service's process, so its CPU is counted as the service's; 0 when the caller did not say. */
    private static long pid(String variable) {
        return Long.parseLong(System.getenv().getOrDefault(variable, "0"));
    }

    private static void requireArgs(List<String> args, int count) {
        if (args.size() < count) {
            usage();
        }
    }

    private static void usage() {
        fail("""
                usage: bench listings BASE_URL BASELINE_URL KEYS_DIR BOOTSTRAP SELLERS_TOPIC BRANDS REQUESTS CLIENTS
                           | sellers DATABASE BASE_URL KEYS_DIR STORED REQUESTS CLIENTS
                           | evidence BASE_URL KEYS_DIR ENTRIES CLIENTS BATCH PROOFS [CASE]
                           | takedowns LISTINGS_URL TAKEDOWNS_URL PROVIDER_URL KEYS_DIR BOOTSTRAP SELLERS_TOPIC SIZES SETTING
                           | matching""");
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
