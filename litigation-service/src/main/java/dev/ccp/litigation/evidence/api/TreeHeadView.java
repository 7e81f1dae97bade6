package dev.ccp.litigation.evidence.api;

import dev.ccp.litigation.evidence.domain.TreeHead;
import java.time.Instant;

/** A signed tree head: {@code signature} is base64 Ed25519 over exactly the UTF-8 bytes of {@code statement}. */
public record TreeHeadView(String caseId, long treeSize, String rootHash, Instant timestamp, String keyId,
        String statement, String signature) {

    static TreeHeadView of(TreeHead head) {
        return new TreeHeadView(head.caseId(), head.treeSize(), head.rootHash(), head.signedAt(), head.keyId(),
                head.signedText(), head.signature());
    }
}
