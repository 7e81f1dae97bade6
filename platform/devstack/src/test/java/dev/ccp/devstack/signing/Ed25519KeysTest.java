package dev.ccp.devstack.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ed25519KeysTest {

    @Test
    void theLocalPairIsMadeOnceAndItsHalvesBelongTogether(@TempDir Path dir) throws Exception {
        Ed25519Keys keys = Ed25519Keys.in(dir, "evidence-ed25519");
        String privateKey = Files.readString(keys.privateKey());
        assertThat(Files.readString(Ed25519Keys.in(dir, "evidence-ed25519").privateKey())).isEqualTo(privateKey);

        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey.strip()))));
        byte[] message = "tree head".getBytes(StandardCharsets.UTF_8);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(factory.generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(Files.readString(keys.publicKey()).strip()))));
        verifier.update(message);
        assertThat(verifier.verify(signature)).isTrue();
    }
}
