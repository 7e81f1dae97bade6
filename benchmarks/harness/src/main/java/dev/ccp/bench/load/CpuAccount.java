package dev.ccp.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a benchmark's CPU went, per part of the system: the service under test, PostgreSQL, the Kafka broker and
 * this load client. On a machine where all of them share two cores, a throughput figure alone does not say whether
 * the service or its neighbours used them up. Reads Linux's /proc; elsewhere it reports nothing.
 */
public final class CpuAccount {
    private static final Path PROC = Path.of("/proc");
    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

    private final Set<Long> servicePids;

    /**
     * @param servicePids the services under test (0 for one not known): a phase that loads one of them finds the
     *                    others idle, so their sum is the loaded one's share
     */
    public CpuAccount(long... servicePids) {
        this.servicePids = Arrays.stream(servicePids).boxed().collect(Collectors.toSet());
    }

    /** CPU seconds used so far, by part. */
    public Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (!Files.isDirectory(PROC)) {
            return seconds;
        }
        seconds.put("service", 0.0);
        seconds.put("PostgreSQL", 0.0);
        seconds.put("Kafka", 0.0);
        seconds.put("load client", 0.0);
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                String part = partOf(pid, self);
                if (part != null) {
                    seconds.merge(part, cpuSeconds(p), Double::sum);
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return seconds;
    }

    /** CPU milliseconds per request of each part between two snapshots. */
    public static String perRequest(Map<String, Double> before, Map<String, Double> after, int requests, double wallSeconds) {
        if (after.isEmpty()) {
            return "CPU per part not available on this system";
        }
        StringBuilder out = new StringBuilder("CPU per request:");
        double total = 0;
        for (var part : after.entrySet()) {
            double used = part.getValue() - before.getOrDefault(part.getKey(), 0.0);
            total += used;
            out.append(String.format(" %s %.2f ms,", part.getKey(), 1000 * used / requests));
        }
        return out.append(String.format(" all %.2f ms (%.0f %% of %d cores busy)", 1000 * total / requests,
                100 * total / wallSeconds / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors())).toString();
    }

    private String partOf(long pid, long self) {
        if (pid == self) {
            return "load client";
        }
        if (servicePids.contains(pid)) {
            return "service";
        }
        String command = commandLine(pid);
        if (command.startsWith("postgres") || command.contains("/postgres ") || command.contains("bin/postgres")) {
            return "PostgreSQL";
        }
        if (command.contains(" kafka.Kafka ")) {
            return "Kafka";
        }
        return null;
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(PROC.resolve(pid + "/cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** utime + stime of a process, fields 14 and 15 of /proc/PID/stat (after the parenthesised name). */
    private static double cpuSeconds(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile
        }
    }
}
