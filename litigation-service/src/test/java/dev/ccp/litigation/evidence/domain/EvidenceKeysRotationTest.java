package dev.ccp.litigation.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceKeysRotationTest {
    private static final byte[] ROOT = Sha256.digest("root".getBytes());

    @Test
    void aHeadSignedWithTheOldKeyVerifiesOnceThatKeyIsRetiredAndNotWithoutIt() throws Exception {
        KeyPair old = pair();
        KeyPair next = pair();
        EvidenceKeys before = keys(old, List.of());
        TreeHead head = TreeHead.sign("c1", 4, ROOT, Instant.parse("2026-01-01T00:00:00Z"), before);

        EvidenceKeys rotated = keys(next, List.of(spki(old)));
        EvidenceKeys forgotten = keys(next, List.of());

        assertThat(head.check(before)).isEqualTo(EvidenceKeys.Check.VERIFIED);
        assertThat(head.check(rotated)).isEqualTo(EvidenceKeys.Check.VERIFIED);
        assertThat(head.check(forgotten)).isEqualTo(EvidenceKeys.Check.UNKNOWN_KEY);
        assertThat(TreeHead.sign("c1", 5, ROOT, Instant.now(), rotated).keyId()).isEqualTo(rotated.keyId())
                .isNotEqualTo(before.keyId());
    }

    @Test
    void aRetiredKeyThatDidNotMakeTheSignatureIsInvalidNotUnknown() throws Exception {
        KeyPair old = pair();
        KeyPair impostor = pair();
        EvidenceKeys rotated = keys(pair(), List.of(spki(old)));
        // signed by someone else, but naming the retired key's id
        EvidenceKeys forger = keys(impostor, List.of());
        byte[] statement = TreeHead.statement("c1", 1, Sha256.hex(ROOT), Instant.EPOCH, keys(old, List.of()).keyId())
                .getBytes();

        assertThat(rotated.check(keys(old, List.of()).keyId(), statement, forger.sign(statement)))
                .isEqualTo(EvidenceKeys.Check.INVALID);
    }

    @Test
    void publishedKeysPutTheCurrentOneFirstAndNeverListItAsRetired() throws Exception {
        KeyPair current = pair();
        KeyPair old = pair();
        EvidenceKeys keys = keys(current, List.of(spki(old), spki(current), spki(old)));

        assertThat(keys.published()).extracting(EvidenceKeys.PublishedKey::current).containsExactly(true, false);
        assertThat(keys.published().get(0).pem()).isEqualTo(keys.publicPem());
        assertThat(keys.publicPem(keys.published().get(1).keyId())).isPresent();
        assertThatThrownBy(() -> keys(current, List.of("bm90IGEga2V5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyPair pair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static String spki(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    private static EvidenceKeys keys(KeyPair pair, List<String> retired) {
        return EvidenceKeys.fromBase64(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), spki(pair),
                retired);
    }
}
