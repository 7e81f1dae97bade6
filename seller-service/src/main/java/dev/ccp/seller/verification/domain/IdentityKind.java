package dev.ccp.seller.verification.domain;

/**
 * An identity attribute by which two applications can be the same actor. Strong kinds identify a person or a
 * business on their own; weak kinds (an address, a network address) are shared innocently and only ever send an
 * application to review.
 */
public enum IdentityKind {
    BANK_ACCOUNT(true, "bank account"),
    TAX_ID(true, "tax id"),
    DOCUMENT(true, "identity document"),
    EMAIL(true, "e-mail address"),
    PHONE(true, "phone number"),
    DEVICE(true, "device"),
    ADDRESS(false, "address"),
    IP_ADDRESS(false, "network address");

    private final boolean strong;
    private final String label;

    IdentityKind(boolean strong, String label) {
        this.strong = strong;
        this.label = label;
    }

    public boolean strong() {
        return strong;
    }

    /** How a reason names the kind to a person, e.g. "bank account". */
    public String label() {
        return label;
    }
}
