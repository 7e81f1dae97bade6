package dev.ccp.devstack.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local signing key pair for staff JWTs: generated on first use into a directory that is never committed
 * ({@code target/ccp/keys} for local runs). The services trust the public half in local and test profiles.
 */
public final class LocalKeys {
    public static final String PUBLIC_KEY = "jwt-public.pem";
    public static final String PRIVATE_KEY = "jwt-private.pem";

    private final Path dir;

    private LocalKeys(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** The key pair in {@code dir}, generated now if it is not there yet. */
    public static synchronized LocalKeys in(Path dir) {
        LocalKeys keys = new LocalKeys(dir);
        if (!Files.exists(keys.publicKey()) || !Files.exists(keys.dir.resolve(PRIVATE_KEY))) {
            keys.generate();
        }
        return keys;
    }

    public Path publicKey() {
        return dir.resolve(PUBLIC_KEY);
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(dir.resolve(PRIVATE_KEY));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void generate() {
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path privateFile = dir.resolve(PRIVATE_KEY);
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
