package dev.ccp.litigation.evidence.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.MerkleVerifier;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceLedgerTest {
    @Inject
    DataSource database;

    @Test
    void entriesFormAChainAndATreeThatVerify() {
        String caseId = Cases.open(Cases.unique("s"));
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo(0)).body("signature.status", equalTo("NONE"));
        for (int i = 1; i <= 5; i++) {
            assertThat(Cases.record(caseId, i)).isEqualTo(i);
        }
        JsonPath ledger = Cases.reading("/api/v1/cases/{id}/evidence", caseId).then().statusCode(200)
                .body("sequence", equalTo(List.of(1, 2, 3, 4, 5))).body("[0].previousHash", equalTo(Sha256.GENESIS))
                .body("[0].recordedBy", equalTo("test-investigator"))
                .body("[0].content.price.amount", equalTo("4.99")).extract().jsonPath();
        List<String> hashes = ledger.getList("entryHash");
        for (int i = 1; i < 5; i++) {
            assertThat(ledger.getString("[" + i + "].previousHash")).isEqualTo(hashes.get(i - 1));
        }
        String root = Sha256.hex(MerkleTree.ofEntryHashes(hashes).root(5));
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo(5)).body("firstBrokenSequence", nullValue())
                .body("treeSize", equalTo(5)).body("rootHash", equalTo(root));
        Cases.reading("/api/v1/cases/{id}/evidence/tree-head", caseId).then().statusCode(200)
                .body("treeSize", equalTo(5)).body("rootHash", equalTo(root));
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then()
                .body("signature.status", equalTo("VALID")).body("signature.treeSize", equalTo(5));
    }

    @Test
    void contentIsStoredInCanonicalFormAndItsHashIsTheHashOfThoseBytes() {
        String caseId = Cases.open(Cases.unique("s"));
        String body = "{\"type\":\"SOCIAL_MEDIA_POST\",\"content\":{\"url\":\"https://instagram.example/p/1\","
                + "\"claims\":\"Gucci\", \"likes\": 1.50E3, \"a\": [true, null]}}";
        given().header("Authorization", TestTokens.bearer("legal")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/{id}/evidence", caseId).then().statusCode(201)
                .body("contentHash", equalTo(Sha256.hex(
                        "{\"a\":[true,null],\"claims\":\"Gucci\",\"likes\":1500,\"url\":\"https://instagram.example/p/1\"}")))
                .body("recordedBy", equalTo("test-legal"));
    }

    @Test
    void theSameSourceEventIsRecordedOnce() {
        String caseId = Cases.open(Cases.unique("s"));
        Map<String, Object> entry = Map.of("type", "TAKEDOWN_RECORD", "content", Map.of("takedownId", "t-1"),
                "sourceEventId", "3f0c1c9e-7d7e-4a57-9a55-1d1f0e9e0001");
        Cases.recording(caseId, entry).then().statusCode(201).body("sequence", equalTo(1));
        Cases.recording(caseId, entry).then().statusCode(200).body("sequence", equalTo(1));
        Cases.reading("/api/v1/cases/{id}/evidence", caseId).then().body("$", hasSize(1))
                .body("[0].sourceEventId", equalTo("3f0c1c9e-7d7e-4a57-9a55-1d1f0e9e0001"));
    }

    @Test
    void concurrentAppendsToOneCaseNeverFork() throws Exception {
        String caseId = Cases.open(Cases.unique("s"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> appends = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                appends.add(() -> Cases.record(caseId, n));
            }
            List<Integer> sequences = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(appends)) {
                sequences.add(f.get());
            }
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().body("valid", equalTo(true))
                .body("entries", equalTo(24));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() throws SQLException {
        String caseId = Cases.open(Cases.unique("s"));
        Cases.record(caseId, 1);
        Cases.reading("/api/v1/cases/{id}/evidence/tree-head", caseId).then().statusCode(200);
        try (Connection c = database.getConnection()) {
            assertThatThrownBy(() -> execute(c, "update evidence_entry set content = '{}' where case_id = ?", caseId))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(c, "delete from evidence_entry where case_id = ?", caseId))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(c, "delete from evidence_tree_head where case_id = ?", caseId))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        Cases.reading("/api/v1/cases/{id}/evidence", caseId).then().body("$", hasSize(1));
    }

    @Test
    void aRowAlteredUnderneathIsNamedAsTheFirstBrokenEntry() throws SQLException {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 6; i++) {
            Cases.record(caseId, i);
        }
        Cases.reading("/api/v1/cases/{id}/evidence/tree-head", caseId).then().statusCode(200);
        tamper("update evidence_entry set content = replace(content, '4.99', '49.90') where case_id = ? and sequence = 4",
                caseId);
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().statusCode(200)
                .body("valid", equalTo(false)).body("entries", equalTo(6)).body("firstBrokenSequence", equalTo(4))
                .body("reason", equalTo("CONTENT_HASH_MISMATCH")).body("signature.status", equalTo("ROOT_MISMATCH"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ccp_evidence_verification_failures_total"));
        Cases.reading("/api/v1/cases/{id}/bundle", caseId).then().statusCode(409);
    }

    @Test
    void aChangedRecorderBreaksTheEntryAndARemovedRowLeavesAGap() throws SQLException {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 4; i++) {
            Cases.record(caseId, i);
        }
        // who recorded it is covered by the entry hash, as every recorded fact is
        tamper("update evidence_entry set recorded_by = 'someone-else' where case_id = ? and sequence = 2", caseId);
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then()
                .body("firstBrokenSequence", equalTo(2)).body("reason", equalTo("ENTRY_HASH_MISMATCH"));

        String other = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 4; i++) {
            Cases.record(other, i);
        }
        tamper("delete from evidence_entry where case_id = ? and sequence = 3", other);
        Cases.reading("/api/v1/cases/{id}/evidence/verification", other).then()
                .body("valid", equalTo(false)).body("firstBrokenSequence", equalTo(3))
                .body("reason", equalTo("SEQUENCE_GAP"));
    }

    @Test
    void inclusionAndConsistencyProofsVerifyAgainstTheTree() {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 7; i++) {
            Cases.record(caseId, i);
        }
        JsonPath inclusion = Cases.reading("/api/v1/cases/{id}/evidence/proofs/inclusion?entry=3&treeSize=6", caseId)
                .then().statusCode(200).body("leafIndex", equalTo(2)).body("treeSize", equalTo(6)).extract().jsonPath();
        assertThat(MerkleVerifier.inclusion(2, 6, Sha256.bytes(inclusion.getString("leafHash")),
                bytes(inclusion.getList("path")), Sha256.bytes(inclusion.getString("rootHash")))).isTrue();
        List<byte[]> forged = bytes(inclusion.getList("path"));
        forged.get(0)[3] ^= 0x10;
        assertThat(MerkleVerifier.inclusion(2, 6, Sha256.bytes(inclusion.getString("leafHash")), forged,
                Sha256.bytes(inclusion.getString("rootHash")))).isFalse();

        JsonPath consistency = Cases.reading("/api/v1/cases/{id}/evidence/proofs/consistency?from=3", caseId)
                .then().statusCode(200).body("fromSize", equalTo(3)).body("toSize", equalTo(7)).extract().jsonPath();
        assertThat(MerkleVerifier.consistency(3, 7, Sha256.bytes(consistency.getString("fromRoot")),
                Sha256.bytes(consistency.getString("toRoot")), bytes(consistency.getList("path")))).isTrue();
        String rootOfThree = Cases.reading("/api/v1/cases/{id}/evidence/proofs/inclusion?entry=1&treeSize=3", caseId)
                .then().extract().path("rootHash");
        assertThat(consistency.getString("fromRoot")).isEqualTo(rootOfThree);

        Cases.reading("/api/v1/cases/{id}/evidence/proofs/inclusion?entry=8", caseId).then().statusCode(400)
                .body("errors.field", hasItem("entry"));
        Cases.reading("/api/v1/cases/{id}/evidence/proofs/consistency?from=3&to=9", caseId).then().statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void contentMustBeABoundedObjectWhoseNumbersSurviveCanonicalisation() {
        String caseId = Cases.open(Cases.unique("s"));
        Cases.recording(caseId, Map.of("type", "NOTE", "content", "just text")).then().statusCode(400)
                .body("errors.field", hasItem("content"));
        Cases.recording(caseId, Map.of("type", "RUMOUR", "content", Map.of())).then().statusCode(400)
                .body("errors.field", hasItem("type"));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body("{\"type\":\"NOTE\",\"content\":{\"orderId\":9007199254740993}}")
                .post("/api/v1/cases/{id}/evidence", caseId).then().statusCode(400)
                .body("errors.field", hasItem("content.orderId"));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body("{\"type\":\"NOTE\",\"content\":{\"price\":{\"amount\":0.1000000000000000000001}}}")
                .post("/api/v1/cases/{id}/evidence", caseId).then().statusCode(400)
                .body("errors.field", hasItem("content.price.amount"));
        Cases.recording(caseId, Map.of("type", "NOTE", "content", Map.of("text", "x".repeat(70_000))))
                .then().statusCode(413).contentType("application/problem+json");
        Cases.recording(caseId, Map.of("type", "NOTE", "content", Map.of(), "sourceEventId", "bad id with spaces"))
                .then().statusCode(400).body("errors.field", hasItem("sourceEventId"));
        Cases.reading("/api/v1/cases/{id}/evidence", caseId).then().body("$", hasSize(0));
    }

    @Test
    void onlyInvestigatorsAndLegalAddEvidenceAndAnUnknownCaseIsNotFound() {
        String caseId = Cases.open(Cases.unique("s"));
        Map<String, Object> note = Map.of("type", "NOTE", "content", Map.of("text", "seen"));
        given().contentType(ContentType.JSON).body(note).post("/api/v1/cases/{id}/evidence", caseId).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON).body(note)
                .post("/api/v1/cases/{id}/evidence", caseId).then().statusCode(403);
        given().get("/api/v1/cases/{id}/evidence/verification", caseId).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("partner")).get("/api/v1/cases/{id}/bundle", caseId)
                .then().statusCode(403);
        Cases.recording("no-such-case", note).then().statusCode(404).contentType("application/problem+json");
        Cases.reading("/api/v1/cases/{id}/evidence/verification", "no-such-case").then().statusCode(404);
        Cases.reading("/api/v1/cases/{id}/bundle", "no-such-case").then().statusCode(404);
        Cases.reading("/api/v1/cases/{id}/evidence/proofs/inclusion?entry=1", "no-such-case").then().statusCode(404);
        Cases.reading("/api/v1/cases/{id}/evidence/7", caseId).then().statusCode(404);
    }

    @Test
    void thePublicKeyIsPublishedAsPem() {
        given().header("Authorization", TestTokens.bearer("moderator")).get("/api/v1/evidence/public-key").then()
                .statusCode(200).body(containsString("-----BEGIN PUBLIC KEY-----"));
    }

    private void tamper(String sql, String caseId) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("alter table evidence_entry disable trigger evidence_entry_append_only");
            }
            execute(c, sql, caseId);
            try (Statement s = c.createStatement()) {
                s.execute("alter table evidence_entry enable trigger evidence_entry_append_only");
            }
            c.commit();
        }
    }

    private static void execute(Connection c, String sql, String caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, caseId);
            s.executeUpdate();
        }
    }

    private static List<byte[]> bytes(List<String> hex) {
        return new ArrayList<>(hex.stream().map(Sha256::bytes).toList());
    }
}
