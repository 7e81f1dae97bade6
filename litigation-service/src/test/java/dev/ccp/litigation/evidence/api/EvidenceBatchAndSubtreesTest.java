package dev.ccp.litigation.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.MerkleVerifier;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Batches append like single entries (in order, all or none), and proofs come from the subtrees stored on
 * append: the same as the tree of the whole ledger, and never trusted by verification.
 */
@QuarkusTest
class EvidenceBatchAndSubtreesTest {
    @Inject
    DataSource database;

    @Test
    void aBatchAppendsInOrderAndABadEntryNamesItselfAndStoresNothing() {
        String caseId = Cases.open(Cases.unique("s"));
        Cases.record(caseId, 0);
        Cases.recordingAll(caseId, List.of(note("a"), note("b"), Map.of("type", "TAKEDOWN_RECORD",
                "content", Map.of("takedownId", "t-9"), "sourceEventId", "evt-9"))).then().statusCode(201)
                .body("sequence", equalTo(List.of(2, 3, 4)));
        Cases.recordingAll(caseId, List.of(note("c"), Map.of("type", "TAKEDOWN_RECORD",
                "content", Map.of("takedownId", "t-9"), "sourceEventId", "evt-9"))).then().statusCode(201)
                .body("sequence", equalTo(List.of(5, 4)));

        Cases.recordingAll(caseId, List.of(note("d"), Map.of("type", "NOTE", "content", "not an object")))
                .then().statusCode(400).body("errors.field", hasItem("entries[1].content"));
        Cases.recordingAll(caseId, List.of(Map.of("type", "RUMOUR", "content", Map.of()))).then().statusCode(400)
                .body("errors.field", hasItem("entries[0].type"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(note("n" + i));
        }
        Cases.recordingAll(caseId, tooMany).then().statusCode(400).body("errors.field", hasItem("entries"));
        Cases.recordingAll("no-such-case", List.of(note("x"))).then().statusCode(404);

        Cases.reading("/api/v1/cases/{id}/evidence", caseId).then().body("$", hasSize(5));
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().body("valid", equalTo(true))
                .body("entries", equalTo(5));
    }

    @Test
    void proofsFromStoredSubtreesAreTheProofsOfTheWholeLedger() {
        String caseId = Cases.open(Cases.unique("s"));
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            batch.add(note("entry " + i));
        }
        Cases.recordingAll(caseId, batch.subList(0, 20)).then().statusCode(201);
        Cases.record(caseId, 21);
        Cases.recordingAll(caseId, batch.subList(20, 37)).then().statusCode(201);
        List<String> hashes = Cases.reading("/api/v1/cases/{id}/evidence?page=0&size=100", caseId).then()
                .extract().jsonPath().getList("items.entryHash");
        assertThat(hashes).hasSize(38);
        MerkleTree whole = MerkleTree.ofEntryHashes(hashes);
        for (int size : new int[] {1, 2, 7, 16, 31, 38}) {
            for (int entry = 1; entry <= size; entry += 5) {
                JsonPath proof = Cases.reading("/api/v1/cases/{id}/evidence/proofs/inclusion?entry=" + entry
                        + "&treeSize=" + size, caseId).then().statusCode(200).extract().jsonPath();
                assertThat(proof.getList("path", String.class)).containsExactlyElementsOf(
                        whole.inclusionPath(entry - 1, size).stream().map(Sha256::hex).toList());
                assertThat(proof.getString("rootHash")).isEqualTo(Sha256.hex(whole.root(size)));
            }
            JsonPath consistency = Cases.reading("/api/v1/cases/{id}/evidence/proofs/consistency?from=" + size
                    + "&to=38", caseId).then().statusCode(200).extract().jsonPath();
            assertThat(consistency.getList("path", String.class)).containsExactlyElementsOf(
                    whole.consistencyPath(size, 38).stream().map(Sha256::hex).toList());
        }
    }

    /** The stored subtrees are a cache for proofs: altering one fools neither verification nor a proof's checker. */
    @Test
    void aStoredSubtreeAlteredUnderneathFoolsNeitherVerificationNorTheProofsChecker() throws SQLException {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 8; i++) {
            Cases.record(caseId, i);
        }
        String signedRoot = Cases.reading("/api/v1/cases/{id}/evidence/tree-head", caseId).then().statusCode(200)
                .extract().path("rootHash");
        // the node over entries 5..8, which entry 1's proof in the tree of 8 carries
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("alter table evidence_tree_node disable trigger evidence_tree_node_append_only");
            }
            try (PreparedStatement s = c.prepareStatement("update evidence_tree_node set hash = sha256(hash)"
                    + " where case_id = ? and level = 2 and idx = 1")) {
                s.setString(1, caseId);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("alter table evidence_tree_node enable trigger evidence_tree_node_append_only");
            }
            c.commit();
        }
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().body("valid", equalTo(true))
                .body("rootHash", equalTo(signedRoot)).body("signature.status", equalTo("VALID"));
        JsonPath proof = Cases.reading("/api/v1/cases/{id}/evidence/proofs/inclusion?entry=1", caseId).then()
                .statusCode(200).extract().jsonPath();
        List<byte[]> path = proof.getList("path", String.class).stream().map(Sha256::bytes).toList();
        assertThat(MerkleVerifier.inclusion(0, 8, Sha256.bytes(proof.getString("leafHash")), path,
                Sha256.bytes(signedRoot))).isFalse();
    }

    @Test
    void everyAppendStoresTheSubtreesItsLeafCompletes() throws SQLException {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 11; i++) {
            Cases.record(caseId, i);
        }
        // 11 leaves, 5 nodes over pairs, 2 over fours, 1 over eight
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "select level, count(*) from evidence_tree_node where case_id = ? group by level order by level")) {
            s.setString(1, caseId);
            List<String> levels = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    levels.add(rows.getInt(1) + ":" + rows.getInt(2));
                }
            }
            assertThat(levels).containsExactly("0:11", "1:5", "2:2", "3:1");
        }
    }

    private static Map<String, Object> note(String text) {
        return Map.of("type", "NOTE", "content", Map.of("text", text));
    }
}
