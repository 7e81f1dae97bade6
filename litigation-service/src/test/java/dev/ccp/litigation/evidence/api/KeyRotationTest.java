package dev.ccp.litigation.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import dev.ccp.litigation.evidence.infrastructure.TreeHeadRepository;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.OldTreeHeads;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signing key was rotated: what the retired key signed still verifies, with the key each head names. */
@QuarkusTest
class KeyRotationTest {
    @Inject
    TreeHeadRepository heads;

    @Test
    void headsSignedBeforeARotationStillVerifyAndNewHeadsAreSignedWithTheCurrentKey() {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 3; i++) {
            Cases.record(caseId, i);
        }
        var proof = Cases.reading("/api/v1/cases/{id}/evidence/proofs/consistency?from=2&to=3", caseId).then()
                .statusCode(200).extract().jsonPath();
        EvidenceKeys retired = OldTreeHeads.retired();
        Instant beforeRotation = Instant.now().minus(Duration.ofDays(30));
        OldTreeHeads.store(heads, caseId, 2, proof.getString("fromRoot"), retired, beforeRotation);
        OldTreeHeads.store(heads, caseId, 3, proof.getString("toRoot"), retired, beforeRotation.plusSeconds(60));

        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().statusCode(200)
                .body("valid", equalTo(true)).body("signature.status", equalTo("VALID"))
                .body("signature.keyId", equalTo(retired.keyId())).body("signature.unknownKeyIds", empty());

        String current = Cases.reading("/api/v1/evidence/public-keys").then().statusCode(200)
                .extract().path("[0].keyId");
        Cases.reading("/api/v1/cases/{id}/evidence/tree-head", caseId).then().statusCode(200)
                .body("treeSize", equalTo(3)).body("keyId", equalTo(current));
        assertThat(current).isNotEqualTo(retired.keyId());
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then()
                .body("valid", equalTo(true)).body("signature.status", equalTo("VALID"))
                .body("signature.keyId", equalTo(current));
    }

    @Test
    void aHeadNamingAKeyTheServiceDoesNotKnowIsReportedAsSuch() {
        String caseId = Cases.open(Cases.unique("s"));
        Cases.record(caseId, 1);
        Cases.record(caseId, 2);
        String root = Cases.reading("/api/v1/cases/{id}/evidence/proofs/consistency?from=1&to=2", caseId).then()
                .statusCode(200).extract().path("toRoot");
        EvidenceKeys stranger = OldTreeHeads.unknown();
        OldTreeHeads.store(heads, caseId, 2, root, stranger, Instant.now());

        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().statusCode(200)
                .body("valid", equalTo(false)).body("firstBrokenSequence", equalTo(null))
                .body("signature.status", equalTo("UNKNOWN_KEY"))
                .body("signature.unknownKeyIds", contains(stranger.keyId()));
    }

    @Test
    void publicKeysListTheCurrentKeyFirstThenTheRetiredOnesAndPublicKeyStaysTheCurrentOne() {
        String pem = Cases.reading("/api/v1/evidence/public-key").then().statusCode(200).extract().asString();
        EvidenceKeys retired = OldTreeHeads.retired();

        Cases.reading("/api/v1/evidence/public-keys").then().statusCode(200)
                .body("current", contains(true, false))
                .body("[0].publicKey", equalTo(pem))
                .body("[1].keyId", equalTo(retired.keyId()))
                .body("[1].publicKey", equalTo(retired.publicPem()));
    }
}
