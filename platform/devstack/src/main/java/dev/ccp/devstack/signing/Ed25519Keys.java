package dev.ccp.devstack.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * A local Ed25519 key pair (litigation-service signs evidence tree heads with it): base64 PKCS#8 in
 * {@code <name>.key}, base64 X.509 SubjectPublicKeyInfo in {@code <name>.pub}, generated on first use into a
 * directory that is never committed ({@code target/ccp/keys} for local runs).
 */
public final class Ed25519Keys {
    private final Path privateKey;
    private final Path publicKey;

    private Ed25519Keys(Path dir, String name) {
        this.privateKey = dir.toAbsolutePath().resolve(name + ".key");
        this.publicKey = dir.toAbsolutePath().resolve(name + ".pub");
    }

    public static synchronized Ed25519Keys in(Path dir, String name) {
        Ed25519Keys keys = new Ed25519Keys(dir, name);
        if (!Files.exists(keys.privateKey) || !Files.exists(keys.publicKey)) {
            keys.generate();
        }
        return keys;
    }

    public Path privateKey() {
        return privateKey;
    }

    public Path publicKey() {
        return publicKey;
    }

    private void generate() {
        try {
            Files.createDirectories(privateKey.getParent());
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.writeString(privateKey, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            Files.writeString(publicKey, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }
}
