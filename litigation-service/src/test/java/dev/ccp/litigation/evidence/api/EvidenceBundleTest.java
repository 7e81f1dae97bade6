package dev.ccp.litigation.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import dev.ccp.litigation.evidence.infrastructure.TreeHeadRepository;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.OldTreeHeads;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bundle is re-verified exactly as its VERIFY.txt tells a court to, with the real sha256sum and openssl. */
@QuarkusTest
class EvidenceBundleTest {
    private final List<Path> dirs = new ArrayList<>();
    @Inject
    TreeHeadRepository heads;

    @BeforeAll
    static void theStandardToolsAreHere() throws Exception {
        for (String tool : List.of("sha256sum", "openssl", "bash")) {
            assertThat(run(Path.of("."), "command -v " + tool).exit).as(tool + " on the PATH").isZero();
        }
    }

    @Test
    void aBundleReVerifiesWithStandardToolsAndATamperedOneDoesNot() throws Exception {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 5; i++) {
            Cases.record(caseId, i);
        }
        Path bundle = unpack(caseId, "");
        assertThat(bundle.resolve("entries/000005.json")).exists();
        assertThat(bundle.resolve("proofs/inclusion/000003.txt")).exists();
        assertThat(bundle.resolve("consistency.txt")).doesNotExist();
        String manifest = Files.readString(bundle.resolve("MANIFEST.sha256"));
        try (var files = Files.walk(bundle)) {
            files.filter(Files::isRegularFile).map(f -> bundle.relativize(f).toString())
                    .filter(f -> !f.startsWith("MANIFEST"))
                    .forEach(f -> assertThat(manifest).contains("  " + f + "\n"));
        }
        Outcome verified = procedure(bundle);
        assertThat(verified.exit).as(verified.output).isZero();
        assertThat(verified.output).contains("Signature Verified Successfully").contains("VERIFIED");

        // an entry changed after export: sha256sum -c catches it
        Path changed = copy(bundle);
        Path entry = changed.resolve("entries/000002.json");
        Files.writeString(entry, Files.readString(entry).replace("4.99", "0.99"));
        assertThat(procedure(changed).exit).isNotZero();

        // the same, with the manifest "fixed" to match: the manifest's signature catches it
        run(changed, "sha256sum $(cut -c67- MANIFEST.sha256) > MANIFEST.sha256");
        Outcome forged = procedure(changed);
        assertThat(forged.exit).isNotZero();
        assertThat(forged.output).contains("Signature Verification Failure");

        // an entry removed and the tree re-signed by someone without the key: the tree check fails
        Path shortened = copy(bundle);
        Files.delete(shortened.resolve("entries/000005.json"));
        Files.delete(shortened.resolve("proofs/inclusion/000005.txt"));
        Outcome tree = run(shortened, "bash verify-tree.sh");
        assertThat(tree.exit).isNotZero();
        assertThat(tree.output).contains("FAILED");
    }

    @Test
    void aLaterBundleProvesTheEarlierOneIsAPrefixOfIt() throws Exception {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 3; i++) {
            Cases.record(caseId, i);
        }
        Path first = unpack(caseId, "");
        String firstHead = Files.readString(first.resolve("tree-head.json"));
        for (int i = 4; i <= 9; i++) {
            Cases.record(caseId, i);
        }
        Path second = unpack(caseId, "");
        assertThat(Files.readString(second.resolve("previous-tree-head.json"))).isEqualTo(firstHead);
        assertThat(Files.readString(second.resolve("consistency.txt"))).startsWith("from-size 3\nto-size 9\n");
        Outcome verified = procedure(second);
        assertThat(verified.exit).as(verified.output).isZero();
        assertThat(verified.output).contains("consistency: the earlier tree of 3 entries is a prefix of this one");

        // a consistency proof that is not the real one is refused
        Path forged = copy(second);
        Path proof = forged.resolve("consistency.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(proof));
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.substring(0, last.length() - 1) + (last.endsWith("0") ? "1" : "0"));
        Files.write(proof, lines);
        Outcome refused = run(forged, "bash verify-tree.sh");
        assertThat(refused.exit).isNotZero();
        assertThat(refused.output).contains("consistency.txt does not prove");

        // and ?since= names the earlier size explicitly
        Path since = unpack(caseId, "?since=2");
        assertThat(Files.readString(since.resolve("consistency.txt"))).startsWith("from-size 2\nto-size 9\n");
        assertThat(procedure(since).exit).isZero();
    }

    @Test
    void aBundleAfterAKeyRotationChecksTheEarlierHeadWithTheRetiredKeyItNames() throws Exception {
        String caseId = Cases.open(Cases.unique("s"));
        for (int i = 1; i <= 3; i++) {
            Cases.record(caseId, i);
        }
        String root = Cases.reading("/api/v1/cases/{id}/evidence/proofs/consistency?from=2&to=3", caseId).then()
                .statusCode(200).extract().path("toRoot");
        EvidenceKeys retired = OldTreeHeads.retired();
        OldTreeHeads.store(heads, caseId, 3, root, retired, Instant.now().minusSeconds(3600));
        for (int i = 4; i <= 6; i++) {
            Cases.record(caseId, i);
        }

        Path bundle = unpack(caseId, "");
        assertThat(Files.readString(bundle.resolve("previous-tree-head.json"))).contains(retired.keyId());
        assertThat(Files.readString(bundle.resolve("previous-public-key.pem"))).isEqualTo(retired.publicPem());
        assertThat(Files.readString(bundle.resolve("public-key.pem"))).isNotEqualTo(retired.publicPem());
        Outcome verified = procedure(bundle);
        assertThat(verified.exit).as(verified.output).isZero();
        assertThat(verified.output).contains("consistency: the earlier tree of 3 entries is a prefix of this one");
    }

    @AfterEach
    void removeDirs() throws IOException {
        for (Path dir : dirs) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Runs every "$ " command of VERIFY.txt, in order, in the bundle's directory; stops at the first failure. */
    private static Outcome procedure(Path bundle) throws Exception {
        List<String> commands = Files.readAllLines(bundle.resolve("VERIFY.txt")).stream().map(String::strip)
                .filter(l -> l.startsWith("$ ")).map(l -> l.substring(2)).toList();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
        StringBuilder output = new StringBuilder();
        for (String command : commands) {
            Outcome outcome = run(bundle, command);
            output.append("$ ").append(command).append('\n').append(outcome.output);
            if (outcome.exit != 0) {
                return new Outcome(outcome.exit, output.toString());
            }
        }
        return new Outcome(0, output.toString());
    }

    private Path unpack(String caseId, String query) throws IOException {
        byte[] zip = Cases.reading("/api/v1/cases/{id}/bundle" + query, caseId).then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Path dir = Files.createTempDirectory("bundle-");
        dirs.add(dir);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target.startsWith(dir)).as(e.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return dir;
    }

    private Path copy(Path bundle) throws IOException {
        Path dir = Files.createTempDirectory("bundle-copy-");
        dirs.add(dir);
        try (var files = Files.walk(bundle)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(bundle.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return dir;
    }

    private static Outcome run(Path dir, String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(p.exitValue(), output);
    }

    private record Outcome(int exit, String output) {
    }
}
