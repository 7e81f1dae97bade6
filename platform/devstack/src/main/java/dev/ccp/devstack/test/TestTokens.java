package dev.ccp.devstack.test;

import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.nio.file.Path;
import java.time.Duration;

/** Bearer tokens for tests, signed with the key {@link CcpInfrastructure} made the service trust. */
public final class TestTokens {
    private TestTokens() {
    }

    /** A valid token for a staff member or system caller with these roles. */
    public static String bearer(String... roles) {
        return "Bearer " + new DevTokens(keys()).mint("test-" + String.join("-", roles), Duration.ofMinutes(10), roles);
    }

    /** A valid token whose subject (the "who" of audit records) is {@code subject}: tell several moderators apart. */
    public static String bearerAs(String subject, String... roles) {
        return "Bearer " + new DevTokens(keys()).mint(subject, Duration.ofMinutes(10), roles);
    }

    /** A token signed by a key the service does not trust. */
    public static String forgedBearer(String... roles) {
        try {
            Path otherKeys = java.nio.file.Files.createTempDirectory("ccp-forged-keys");
            return "Bearer " + new DevTokens(LocalKeys.in(otherKeys)).mint("mallory", Duration.ofMinutes(10), roles);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A token from the trusted key and issuer made for another audience ({@code null}: no audience at all). */
    public static String bearerForAudience(String audience, String... roles) {
        return "Bearer " + new DevTokens(keys()).mintFor(audience, "elsewhere", Duration.ofMinutes(10), roles);
    }

    /** A token from the trusted key that expired a while ago. */
    public static String expiredBearer(String... roles) {
        return "Bearer " + new DevTokens(keys()).mint("late", Duration.ofMinutes(-10), roles);
    }

    private static LocalKeys keys() {
        String dir = System.getProperty(CcpInfrastructure.KEYS_DIR);
        if (dir == null) {
            throw new IllegalStateException("CcpInfrastructure has not started: annotate the test with it");
        }
        return LocalKeys.in(Path.of(dir));
    }
}
