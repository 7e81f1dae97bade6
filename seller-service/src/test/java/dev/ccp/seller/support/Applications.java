package dev.ccp.seller.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid applications as the marketplace sends them, to be broken one field at a time by tests. */
public final class Applications {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Applications() {
    }

    /** A valid Spanish applicant; every call differs so tests never collide. */
    public static Map<String, Object> valid() {
        int n = SEQ.incrementAndGet();
        Map<String, Object> application = new HashMap<>();
        application.put("legalName", "Tienda Prueba " + n + " S.L.");
        application.put("displayName", "Prueba Shop " + n);
        application.put("email", "owner" + n + "@example.es");
        application.put("phone", "612 345 " + String.format("%03d", n % 1000));
        application.put("country", "ES");
        application.put("address", new HashMap<>(Map.of("line1", "Calle Mayor " + n, "city", "Alicante",
                "postalCode", "03001", "country", "ES")));
        application.put("taxId", "B" + String.format("%08d", n));
        application.put("bankAccount", new HashMap<>(Map.of("iban", "ES91 2100 0418 4502 0005 1332")));
        application.put("document", new HashMap<>(Map.of("type", "PASSPORT", "number", "PA" + n,
                "country", "ES", "expiresOn", "2031-05-01")));
        application.put("deviceId", "device-" + n);
        application.put("ipAddress", "85.108.85." + (n % 250));
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
