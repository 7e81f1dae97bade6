package dev.ccp.seller.verification.domain;

import java.util.Set;

/**
 * What the identity graph says about a new application.
 *
 * @param strongLinksToBarred   strong attributes shared with a closed, suspended, rejected or denylisted identity
 * @param strongLinksToActive   strong attributes shared with another account in good standing
 * @param weakLinksToBarred     weak attributes (address, network) shared with a barred identity
 * @param nameVariantOfBarred   the shop name is a perturbed variant of a barred account's ({@link ShopNames})
 * @param sameNameAsBarred      the shop name is exactly a barred account's (common for generic names)
 * @param deviceSignups         sign-ups from this device within the velocity window, this one included
 * @param networkSignups        sign-ups from this network address within the window, this one included
 */
public record Evidence(Set<IdentityKind> strongLinksToBarred, Set<IdentityKind> strongLinksToActive,
        Set<IdentityKind> weakLinksToBarred, boolean nameVariantOfBarred, boolean sameNameAsBarred, int deviceSignups,
        int networkSignups) {

    public static Evidence none() {
        return new Evidence(Set.of(), Set.of(), Set.of(), false, false, 1, 1);
    }
}
