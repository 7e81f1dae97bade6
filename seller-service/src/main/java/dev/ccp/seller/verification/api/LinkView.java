package dev.ccp.seller.verification.api;

import dev.ccp.seller.verification.infrastructure.IdentityGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Another account that shares identity attributes with this one: for investigators mapping a bad-actor cluster. */
public record LinkView(String sellerId, String status, List<String> sharedAttributes) {

    /** One view per linked account, with every attribute kind it shares, in the graph's order. */
    static List<LinkView> grouped(List<IdentityGraph.Match> matches) {
        Map<String, LinkView> byAccount = new LinkedHashMap<>();
        for (IdentityGraph.Match match : matches) {
            byAccount.computeIfAbsent(match.sellerId(), k -> new LinkView(k, match.status(), new ArrayList<>()))
                    .sharedAttributes().add(match.kind().name());
        }
        return List.copyOf(byAccount.values());
    }
}
