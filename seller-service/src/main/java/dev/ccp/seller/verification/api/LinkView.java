package dev.ccp.seller.verification.api;

import java.util.List;

/** Another account that shares identity attributes with this one: for investigators mapping a bad-actor cluster. */
public record LinkView(String sellerId, String status, List<String> sharedAttributes) {
}
