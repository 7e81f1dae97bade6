package dev.ccp.litigation.partner.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.application.ReadingCases;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.application.CountersigningTreeHead;
import dev.ccp.litigation.evidence.application.Recorded;
import dev.ccp.litigation.evidence.domain.BrandKey;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.legal.application.Fields;
import dev.ccp.litigation.legal.application.JoiningSuit;
import dev.ccp.litigation.legal.application.LegalState;
import dev.ccp.litigation.legal.application.ReadingLegal;
import dev.ccp.litigation.legal.application.RecordingAction;
import dev.ccp.litigation.legal.domain.CoPlaintiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What a brand partner does with its cases. Every method takes the token's brand and treats a case the brand is
 * not party to as unknown (404), so another brand's cases are not even seen to exist.
 */
@ApplicationScoped
public class PartnerCases {
    private final ReadingCases cases;
    private final ReadingLegal legal;
    private final RecordingAction recording;
    private final JoiningSuit joining;
    private final CountersigningTreeHead countersigning;
    private final LitigationConfig config;

    PartnerCases(ReadingCases cases, ReadingLegal legal, RecordingAction recording, JoiningSuit joining,
            CountersigningTreeHead countersigning, LitigationConfig config) {
        this.cases = cases;
        this.legal = legal;
        this.recording = recording;
        this.joining = joining;
        this.countersigning = countersigning;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReadingCases.Slice list(String brandId, PageRequest window) {
        return cases.ofBrand(brandId, window);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LegalState view(String brandId, String caseId) {
        LegalState state = legal.of(caseId);
        if (!state.caseRecord().litigationCase().concernsBrand(brandId)) {
            throw ProblemException.notFound("case", caseId);
        }
        return state;
    }

    /** The brand confirms (or not) that the items it examined are counterfeit: a BRAND_AUTHENTICATION entry. */
    @Transactional
    public Recorded authenticate(String brandId, String caseId, List<AuthenticationResult> results, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        int max = config.legal().maxItems();
        if (results == null || results.isEmpty() || results.size() > max) {
            fields.add("results", "must hold 1 to " + max + " results");
        } else {
            for (int i = 0; i < results.size(); i++) {
                AuthenticationResult r = results.get(i);
                if (r == null) {
                    fields.add("results[" + i + "]", "must be {reference, counterfeit, findings}");
                    continue;
                }
                fields.text("results[" + i + "].reference", r.reference(), true);
                if (r.counterfeit() == null) {
                    fields.add("results[" + i + "].counterfeit", "is required: true or false");
                }
                fields.text("results[" + i + "].findings", r.findings(), false);
            }
        }
        fields.check();
        scope(brandId, caseId);
        ObjectNode content = RecordingAction.content("BRAND_AUTHENTICATION");
        content.put("brandId", brandId);
        ArrayNode items = content.putArray("results");
        for (AuthenticationResult r : results) {
            items.addObject().put("reference", r.reference().strip()).put("counterfeit", r.counterfeit())
                    .put("findings", r.findings() == null ? null : r.findings().strip());
        }
        return recording.record(caseId, "BRAND_AUTHENTICATION", brandId, null, EvidenceType.BRAND_AUTHENTICATION,
                content, by);
    }

    /** The brand joins the case's civil suit; again is a no-op (a key given now is kept if none was). */
    @Transactional
    public LegalState join(String brandId, String caseId, String publicKey, String by) {
        BrandKey key = publicKey == null ? null : key(publicKey);
        scope(brandId, caseId);
        joining.join(caseId, brandId, key == null ? null : key.encoded(), by);
        return legal.of(caseId);
    }

    /**
     * The brand countersigns the case's signed tree head of {@code treeSize} with its key: the one it gave when
     * joining, or (if none) the one in the request, which is then kept. 409 unless it is a co-plaintiff.
     */
    @Transactional
    public CountersigningTreeHead.Checked countersign(String brandId, String caseId, long treeSize, String signature,
            String publicKey, String by) {
        BrandKey given = publicKey == null ? null : key(publicKey);
        if (signature == null || signature.isBlank() || signature.length() > 200) {
            throw ProblemException.badRequest("signature", "is required: base64 Ed25519 signature");
        }
        scope(brandId, caseId);
        CoPlaintiff coPlaintiff = joining.coPlaintiff(caseId, brandId);
        BrandKey key;
        if (coPlaintiff.publicKey() != null) {
            key = BrandKey.parse(coPlaintiff.publicKey()).orElseThrow();
            if (given != null && !given.encoded().equals(key.encoded())) {
                throw ProblemException.conflict("brand " + brandId + " countersigns case " + caseId
                        + " with the key it gave before (" + key.keyId() + ")");
            }
        } else if (given != null) {
            key = given;
        } else {
            throw ProblemException.badRequest("publicKey", "is required: the brand has not given its Ed25519 key");
        }
        CountersigningTreeHead.Checked checked = countersigning.countersign(caseId, treeSize, brandId, key, signature);
        if (!checked.created()) {
            return checked; // countersigned before: recorded then
        }
        joining.keepKey(caseId, brandId, key.encoded());
        ObjectNode content = RecordingAction.content("TREE_HEAD_COUNTERSIGNED");
        content.put("brandId", brandId).put("treeSize", treeSize).put("rootHash", checked.rootHash())
                .put("keyId", key.keyId()).put("signature", signature);
        recording.record(caseId, "TREE_HEAD_COUNTERSIGNED", brandId, null, EvidenceType.NOTE, content, by);
        return checked;
    }

    private void scope(String brandId, String caseId) {
        if (!cases.get(caseId).litigationCase().concernsBrand(brandId)) {
            throw ProblemException.notFound("case", caseId);
        }
    }

    private static BrandKey key(String publicKey) {
        return BrandKey.parse(publicKey).orElseThrow(() -> ProblemException.badRequest("publicKey",
                "must be an Ed25519 public key: base64 X.509 SubjectPublicKeyInfo (or its PEM)"));
    }
}
