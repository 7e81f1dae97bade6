package dev.ccp.bench.sellers;

import dev.ccp.bench.load.HttpLoad;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The seller verification benchmark: {@code stored} sellers (5 % of them closed) with their identity rows are
 * loaded in bulk through the database, then new sellers apply through the REST API from {@code workers} concurrent
 * clients.
 * Prints latency percentiles, throughput and the plans of the verification look-ups (index, never a scan).
 */
public final class SellerRegistrationBench {
    private static final String[] WORDS = {"moda", "style", "casa", "urban", "nova", "luxe", "prime", "sol", "top",
            "velo", "faro", "trend", "brillo", "auto", "bella", "mercado", "zafiro", "lumen", "terra", "vista"};
    private static final String[] KINDS = {"moda shop", "corner", "store", "outlet", "bazaar", "emporium", "trading",
            "boutique", "market", "depot", "goods", "house", "gallery", "studio", "supply", "works", "hub", "lab",
            "point", "center"};
    private static final String[] IDENTITY_KINDS = {"BANK_ACCOUNT", "TAX_ID", "DOCUMENT", "EMAIL", "PHONE", "DEVICE",
            "ADDRESS", "IP_ADDRESS"};

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String baseUrl;
    private final String token;

    private SellerRegistrationBench(String jdbcUrl, String user, String password, String baseUrl, Path keys) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.baseUrl = baseUrl;
        this.token = new DevTokens(LocalKeys.in(keys)).mint("bench", Duration.ofHours(2), "marketplace");
    }

    public static void run(String jdbcUrl, String user, String password, String baseUrl, Path keys, int stored,
            int requests, int workers) throws Exception {
        var bench = new SellerRegistrationBench(jdbcUrl, user, password, baseUrl, keys);
        bench.load(stored);
        bench.explain();
        // The JIT compiles hot paths after thousands of calls: measure the service as it runs, not as it starts.
        bench.apply(Math.max(requests / 10, 1_000), workers, false);
        bench.apply(requests, workers, true);
    }

    private void load(int stored) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            long existing = count(s, "select count(*) from seller where id like 'bench-%'");
            if (existing >= stored) {
                System.out.printf("%,d stored sellers already loaded%n", existing);
                return;
            }
            System.out.printf("loading %,d sellers and %,d identity rows through the database...%n", stored,
                    stored * (long) IDENTITY_KINDS.length);
            long started = System.nanoTime();
            int chunk = 100_000;
            for (long from = existing + 1; from <= stored; from += chunk) {
                long to = Math.min(stored, from + chunk - 1);
                s.execute(sellerInsert(from, to));
                s.execute(identityInsert(from, to));
                System.out.printf("  %,9d / %,d  (%.0f s)%n", to, stored, (System.nanoTime() - started) / 1e9);
            }
            s.execute("analyze seller");
            s.execute("analyze seller_identity");
            System.out.printf("loaded in %.0f s: %,d sellers, %,d closed%n", (System.nanoTime() - started) / 1e9,
                    count(s, "select count(*) from seller"), count(s, "select count(*) from seller where status = 'CLOSED'"));
        }
    }

    private static String sellerInsert(long from, long to) {
        return """
                insert into seller (id, status, legal_name, display_name, display_name_norm, email, phone_e164, country,
                  address_line1, address_city, address_postal_code, address_country, iban_last4, document_type,
                  document_country, document_expires_on, verification_score, verification_reasons, submitted_at,
                  decided_at, decided_by)
                select 'bench-' || i, case when i %% 20 = 0 then 'CLOSED' else 'VERIFIED' end, 'Bench Seller ' || i,
                  n, n, 'bench' || i || '@example.com', '+3460' || lpad(i::text, 7, '0'), 'ES', 'Calle Bench ' || i,
                  'Madrid', '28001', 'ES', '0000', 'PASSPORT', 'ES', date '2031-01-01', 0, '[]'::jsonb,
                  now() - interval '30 days', now() - interval '30 days', 'bench'
                from (select i, (array[%s])[1 + i %% 20] || ' ' || (array[%s])[1 + (i / 20) %% 20] || ' ' || (i %% 997) as n
                      from generate_series(%d, %d) i) s""".formatted(quoted(WORDS), quoted(KINDS), from, to);
    }

    private static String identityInsert(long from, long to) {
        return """
                insert into seller_identity (seller_id, kind, value_hash)
                select 'bench-' || i, k, sha256(convert_to(k || ':' || i, 'UTF8'))
                from generate_series(%d, %d) i, unnest(array[%s]) k""".formatted(from, to, quoted(IDENTITY_KINDS));
    }

    private void explain() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            System.out.println("plans of the verification look-ups:");
            // The service's applicant look-up (IdentityGraph.lookUp): matches, denylist and look-alike names at once.
            plan(s, "applicant look-up", """
                    select 'M' as what, si.seller_id, si.kind, s.status, s.submitted_at >= now() - interval '1 hour'
                    from seller_identity si join seller s on s.id = si.seller_id
                    where ((si.kind = 'BANK_ACCOUNT' and si.value_hash = sha256('x'::bytea))
                    or (si.kind = 'EMAIL' and si.value_hash = sha256('y'::bytea)))
                    union all
                    select distinct 'D', null, kind, null, null::boolean from denylist_entry
                    where ((kind = 'BANK_ACCOUNT' and value_hash = sha256('x'::bytea))
                    or (kind = 'EMAIL' and value_hash = sha256('y'::bytea)))
                    union all
                    (select distinct 'N', null, null, name_norm, null::boolean from barred_shop_name
                     where key = any(array(select shop_name_keys('moda corner 12'))) limit 100)""");
            plan(s, "sign-up velocity", """
                    select si.seller_id from seller_identity si
                    cross join lateral (select submitted_at from seller where id = si.seller_id offset 0) s
                    where si.kind = 'DEVICE' and si.value_hash = sha256('x'::bytea) and s.submitted_at >= now() - interval '1 hour'""");
        }
    }

    private static void plan(Statement s, String name, String sql) throws Exception {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("explain (costs off) " + sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        boolean scans = lines.stream().anyMatch(l -> l.contains("Seq Scan"));
        System.out.printf("  %-18s %s%n", name, scans ? "SEQUENTIAL SCAN (bad)" : "indexed, no scan");
        lines.forEach(l -> System.out.println("      " + l));
    }

    private void apply(int requests, int workers, boolean report) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpLoad.Result result = new HttpLoad(token).post(baseUrl + "/api/v1/sellers", requests, workers,
                i -> application(run, i), null);
        if (!report) {
            System.out.printf("warm-up: %d applications%n", requests);
            return;
        }
        System.out.printf("%nseller applications through REST (%d clients):%n  %s%n", workers, result.summary());
    }

    private static String application(String run, int i) {
        String n = run + "-" + i;
        String iban = iban(Long.parseLong(run.substring(0, 6), 16) * 100_000L + i);
        return """
                {"legalName":"Bench Applicant %1$s","displayName":"%2$s %3$s %1$s","email":"applicant.%1$s@example.com",
                 "phone":"+34 7%4$08d","country":"ES",
                 "address":{"line1":"Avenida Bench %1$s","city":"Sevilla","postalCode":"41001","country":"ES"},
                 "taxId":"B%1$s","bankAccount":{"iban":"%5$s"},
                 "document":{"type":"PASSPORT","number":"BN%1$s","country":"ES","expiresOn":"2032-01-01"},
                 "deviceId":"device-%1$s","ipAddress":"10.%6$d.%7$d.%8$d"}""".formatted(n, WORDS[i % 20],
                KINDS[(i / 20) % 20], i % 100_000_000, iban, Integer.parseInt(run.substring(0, 2), 16), (i >> 8) & 255,
                i & 255);
    }

    private static String iban(long account) {
        String bban = String.format("%020d", account);
        String numeric = bban + "142800"; // "ES00" as digits
        int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
        return "ES" + String.format("%02d", check) + bban;
    }

    private static String quoted(String[] values) {
        return String.join(",", Arrays.stream(values).map(v -> "'" + v + "'").toList());
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
