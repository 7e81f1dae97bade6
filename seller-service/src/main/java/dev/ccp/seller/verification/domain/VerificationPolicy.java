package dev.ccp.seller.verification.domain;

import dev.ccp.seller.account.domain.Reason;
import dev.ccp.seller.account.domain.SellerStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns evidence into a decision with a score (0..100) and its reasons. A strong attribute of a barred identity
 * rejects outright: that is a re-registration. Weak evidence adds up and, past the review threshold, sends the
 * application to a person. Reasons name the kind of attribute, never the other account or its data.
 */
public final class VerificationPolicy {

    public record Decision(SellerStatus status, int score, List<Reason> reasons) {
    }

    private final VerificationRules rules;

    public VerificationPolicy(VerificationRules rules) {
        this.rules = rules;
    }

    public Decision decide(Evidence evidence) {
        List<Reason> reasons = new ArrayList<>();
        if (!evidence.strongLinksToBarred().isEmpty()) {
            for (IdentityKind kind : ordered(evidence.strongLinksToBarred())) {
                reasons.add(new Reason("REREGISTRATION_" + kind.name(),
                        "shares its " + kind.label() + " with an account that was closed, suspended or barred"));
            }
            return new Decision(SellerStatus.REJECTED, 100, reasons);
        }
        int score = 0;
        for (IdentityKind kind : ordered(evidence.weakLinksToBarred())) {
            score += kind == IdentityKind.ADDRESS ? rules.addressOfBarred() : rules.networkOfBarred();
            reasons.add(new Reason(kind == IdentityKind.ADDRESS ? "ADDRESS_OF_BARRED_ACCOUNT" : "NETWORK_OF_BARRED_ACCOUNT",
                    "uses the " + kind.label() + " of an account that was closed, suspended or barred"));
        }
        if (evidence.nameVariantOfBarred()) {
            score += rules.nameVariantOfBarred();
            reasons.add(new Reason("NAME_VARIANT_OF_BARRED_ACCOUNT",
                    "its shop name is a look-alike variant of the shop name of a closed or suspended account"));
        } else if (evidence.sameNameAsBarred()) {
            score += rules.sameNameAsBarred();
            reasons.add(new Reason("SAME_NAME_AS_BARRED_ACCOUNT",
                    "its shop name is the same as that of a closed or suspended account (common for generic names)"));
        }
        for (IdentityKind kind : ordered(evidence.strongLinksToActive())) {
            score += rules.linkedToActive();
            reasons.add(new Reason("LINKED_TO_ACTIVE_ACCOUNT_" + kind.name(),
                    "shares its " + kind.label() + " with another account"));
        }
        if (evidence.deviceSignups() >= rules.deviceBurstSize()) {
            score += rules.deviceBurst();
            reasons.add(new Reason("DEVICE_SIGNUP_BURST", evidence.deviceSignups() + " sign-ups from one device within "
                    + window()));
        }
        if (evidence.networkSignups() >= rules.networkBurstSize()) {
            score += rules.networkBurst();
            reasons.add(new Reason("NETWORK_SIGNUP_BURST", evidence.networkSignups()
                    + " sign-ups from one network address within " + window()));
        }
        score = Math.min(score, 99);
        if (score >= rules.reviewThreshold()) {
            return new Decision(SellerStatus.PENDING_REVIEW, score, reasons);
        }
        reasons.add(0, new Reason("NO_BARRED_LINKS",
                "no identity attribute is shared with an account that was closed, suspended or barred"));
        return new Decision(SellerStatus.VERIFIED, score, reasons);
    }

    private String window() {
        long minutes = rules.velocityWindow().toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours") : minutes + " minutes";
    }

    private static List<IdentityKind> ordered(java.util.Set<IdentityKind> kinds) {
        return kinds.stream().sorted().toList();
    }
}
