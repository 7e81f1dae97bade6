package dev.ccp.litigation.evidence.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.domain.TreeHead;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import dev.ccp.litigation.evidence.infrastructure.TreeHeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Exports a case as a court-ready ZIP (see VERIFY.txt in it): every entry, its inclusion proof, the signed tree
 * head, the public key, a consistency proof from the earlier bundle's tree head, and a signed manifest. A ledger
 * that does not verify is refused rather than exported. Written to a temporary file, never held in memory.
 */
@ApplicationScoped
public class BundlingEvidence {
    private static final int PAGE = 500;

    private final VerifyingEvidence verifying;
    private final SigningTreeHeads signing;
    private final EvidenceRepository entries;
    private final TreeHeadRepository heads;
    private final EvidenceKeys keys;
    private final LitigationConfig.Evidence config;

    BundlingEvidence(VerifyingEvidence verifying, SigningTreeHeads signing, EvidenceRepository entries,
            TreeHeadRepository heads, EvidenceKeys keys, LitigationConfig config) {
        this.verifying = verifying;
        this.signing = signing;
        this.entries = entries;
        this.heads = heads;
        this.keys = keys;
        this.config = config.evidence();
    }

    /**
     * The bundle as a temporary ZIP file the caller sends and deletes.
     *
     * @param since the tree size of an earlier bundle to prove consistency from; null for the latest tree head
     *              signed before this one (if any)
     */
    @Transactional
    public Path bundle(String caseId, Long since) {
        Verification verification = verifying.verify(caseId);
        if (!verification.valid()) {
            throw ProblemException.conflict("the ledger of case " + caseId + " does not verify (first broken entry "
                    + verification.chain().firstBrokenSequence() + ", signatures " + verification.signature()
                    + "); it cannot be exported as evidence");
        }
        MerkleTree tree = verification.tree();
        if (tree.size() == 0) {
            throw ProblemException.conflict("case " + caseId + " has no evidence entries to export");
        }
        if (tree.size() > config.maxBundleEntries()) {
            throw new ProblemException(413, "Content too large", "case " + caseId + " has " + tree.size()
                    + " entries; a bundle holds at most " + config.maxBundleEntries(), List.of());
        }
        if (since != null && (since < 1 || since > tree.size())) {
            throw ProblemException.badRequest("since", "must be a tree size from 1 to " + tree.size());
        }
        TreeHead head = signing.current(caseId, tree);
        Optional<TreeHead> previous = (since == null ? heads.latestBelow(caseId, tree.size())
                : heads.ofSize(caseId, since)).filter(h -> h.signatureHolds(keys));
        Integer from = since != null ? Integer.valueOf(since.intValue())
                : previous.map(h -> (int) h.treeSize()).orElse(null);
        try {
            Path file = Files.createTempFile("evidence-" + caseId + "-", ".zip");
            try (BundleWriter zip = new BundleWriter(file)) {
                writeEntries(zip, caseId, tree);
                zip.add("tree-head.json", head.signedText().getBytes(StandardCharsets.UTF_8));
                zip.add("tree-head.sig", head.signatureBytes());
                zip.add("public-key.pem", keys.publicPem().getBytes(StandardCharsets.US_ASCII));
                if (from != null) {
                    previous.ifPresent(p -> {
                        zip.add("previous-tree-head.json", p.signedText().getBytes(StandardCharsets.UTF_8));
                        zip.add("previous-tree-head.sig", p.signatureBytes());
                        // the earlier head may predate a key rotation: it is checked with the key it names
                        zip.add("previous-public-key.pem", keys.publicPem(p.keyId()).orElseThrow(() ->
                                new IllegalStateException("the earlier head's key " + p.keyId() + " is unknown"))
                                .getBytes(StandardCharsets.US_ASCII));
                    });
                    zip.add("consistency.txt", consistencyFile(ProvingEvidence.consistency(tree, from, tree.size())));
                }
                zip.add("VERIFY.txt", resource("VERIFY.txt"));
                zip.add("verify-tree.sh", resource("verify-tree.sh"));
                byte[] manifest = zip.manifest().getBytes(StandardCharsets.UTF_8);
                zip.addUnlisted("MANIFEST.sha256", manifest);
                zip.addUnlisted("MANIFEST.sha256.sig", keys.sign(manifest));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeEntries(BundleWriter zip, String caseId, MerkleTree tree) {
        int width = Math.max(6, String.valueOf(tree.size()).length());
        for (int page = 0; page * PAGE < tree.size(); page++) {
            for (EvidenceEntry entry : entries.page(caseId, new PageRequest(page, PAGE))) {
                String name = String.format("%0" + width + "d", entry.sequence());
                zip.add("entries/" + name + ".json", entry.envelope().getBytes(StandardCharsets.UTF_8));
                int index = (int) entry.sequence() - 1;
                StringBuilder proof = new StringBuilder()
                        .append("sequence ").append(entry.sequence()).append('\n')
                        .append("tree-size ").append(tree.size()).append('\n');
                for (byte[] step : tree.inclusionPath(index, tree.size())) {
                    proof.append("path ").append(Sha256.hex(step)).append('\n');
                }
                zip.add("proofs/inclusion/" + name + ".txt", proof.toString().getBytes(StandardCharsets.US_ASCII));
            }
            entries.getEntityManager().flush();
            entries.getEntityManager().clear(); // a long ledger is streamed, not held
        }
    }

    private static byte[] consistencyFile(ProvingEvidence.Consistency proof) {
        StringBuilder text = new StringBuilder()
                .append("from-size ").append(proof.fromSize()).append('\n')
                .append("to-size ").append(proof.toSize()).append('\n')
                .append("from-root ").append(proof.fromRoot()).append('\n')
                .append("to-root ").append(proof.toRoot()).append('\n');
        proof.path().forEach(step -> text.append("path ").append(step).append('\n'));
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BundlingEvidence.class.getResourceAsStream("/evidence-bundle/" + name)) {
            if (in == null) {
                throw new IOException("evidence-bundle/" + name + " is missing from the service");
            }
            return in.readAllBytes();
        }
    }
}
