package dev.ccp.litigation.legal.application;

/**
 * A defendant added after opening, as received: the party's id (a seller account, or the handle or name the
 * investigators know an influencer, supplier or logistics provider by), its role, country and personal details.
 */
public record NameDefendant(String sellerId, String role, String country, String name, String address,
        String reason) {
}
