package dev.ccp.seller.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid applications as the marketplace sends them, to be broken one field at a time by tests. */
public final class Applications {
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** Distinct per test JVM, so identities never collide with those of an earlier run against a kept database. */
    private static final long RUN = System.nanoTime() % 1_000_000;

    private Applications() {
    }

    /** A valid Spanish applicant; every call differs so tests never collide. */
    public static Map<String, Object> valid() {
        int n = SEQ.incrementAndGet();
        Map<String, Object> application = new HashMap<>();
        application.put("legalName", "Tienda Prueba " + n + " S.L.");
        // random, not sequential: "Shop 12" and "Shop 13" would be look-alike names of each other
        application.put("displayName", "Prueba " + java.util.UUID.randomUUID().toString().substring(0, 13));
        application.put("email", "owner" + RUN + "." + n + "@example.es");
        application.put("phone", "6" + String.format("%08d", (RUN * 1000 + n) % 100_000_000));
        application.put("country", "ES");
        application.put("address", new HashMap<>(Map.of("line1", "Calle Mayor " + n, "city", "Alicante",
                "postalCode", String.format("%05d", RUN % 100_000), "country", "ES")));
        application.put("taxId", "B" + RUN + "-" + n);
        application.put("bankAccount", new HashMap<>(Map.of("iban", Ibans.spanish(RUN * 100_000 + n))));
        application.put("document", new HashMap<>(Map.of("type", "PASSPORT", "number", "PA" + RUN + "-" + n,
                "country", "ES", "expiresOn", "2031-05-01")));
        application.put("deviceId", "device-" + RUN + "-" + n);
        application.put("ipAddress", "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256));
        return application;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(String path, Object value) {
        Map<String, Object> application = valid();
        String[] parts = path.split("\\.");
        Map<String, Object> target = application;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.get(parts[i]);
        }
        if (value == null) {
            target.remove(parts[parts.length - 1]);
        } else {
            target.put(parts[parts.length - 1], value);
        }
        return application;
    }
}
