package dev.ccp.devstack.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OAuth clients the local token endpoint knows: each service that calls another, with the roles its tokens
 * carry. Each client's secret is generated once into {@code <keys>/oauth-clients/<client id>.secret} (never
 * committed; the caller reads it from there); this registry keeps only the secrets' SHA-256 hashes.
 */
public final class ServiceClients {
    /** The registrations of the local stack: every CCP service that calls another one. */
    public static final Map<String, Set<String>> LOCAL = Map.of(
            "listing-service", Set.of("service"),
            "takedown-service", Set.of("service"),
            "litigation-service", Set.of("service"));
    static final String DIR = "oauth-clients";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Client(String id, Set<String> roles) {
    }

    private record Registration(Client client, byte[] secretHash) {
    }

    private final Map<String, Registration> registrations;

    private ServiceClients(Map<String, Registration> registrations) {
        this.registrations = Map.copyOf(registrations);
    }

    /** {@code clients} (id to roles), with their secrets from {@code keysDir}, generated there if missing. */
    public static ServiceClients in(Path keysDir, Map<String, Set<String>> clients) {
        Map<String, Registration> registrations = new LinkedHashMap<>();
        clients.forEach((id, roles) -> registrations.put(id,
                new Registration(new Client(id, Set.copyOf(roles)), sha256(secret(keysDir, id)))));
        return new ServiceClients(registrations);
    }

    /** The client's secret in {@code keysDir}, generated now if it is not there yet (readable by the owner only). */
    public static synchronized String secret(Path keysDir, String clientId) {
        if (!clientId.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("a client id is lower-case letters, digits and dashes: " + clientId);
        }
        Path file = secretFile(keysDir, clientId);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                Files.writeString(file, HexFormat.of().formatHex(bytes) + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // best effort on file systems without POSIX permissions
                }
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path secretFile(Path keysDir, String clientId) {
        return keysDir.toAbsolutePath().resolve(DIR).resolve(clientId + ".secret");
    }

    /** The client, if {@code secret} is its secret; compared in constant time, by hash. */
    Optional<Client> authenticate(String clientId, String secret) {
        Registration registration = registrations.get(clientId);
        byte[] presented = sha256(secret);
        // an unknown client costs the same comparison, so timing does not tell which ids exist
        byte[] expected = registration == null ? new byte[presented.length] : registration.secretHash();
        boolean matches = MessageDigest.isEqual(presented, expected);
        return matches && registration != null ? Optional.of(registration.client()) : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
