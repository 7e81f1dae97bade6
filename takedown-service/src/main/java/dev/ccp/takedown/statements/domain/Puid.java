package dev.ccp.takedown.statements.domain;

import dev.ccp.takedown.takedowns.application.SellerAction;
import java.util.regex.Pattern;

/**
 * The Transparency Database's platform unique identifier of a statement. It must be unique per statement, at most
 * 500 of {@code a-z A-Z 0-9 - _}: the listing's removal carries the takedown id itself, the account closure of the
 * same takedown the takedown id with {@code -account-closed}, so both can be submitted.
 */
public final class Puid {
    public static final int MAX_LENGTH = 500;
    public static final Pattern ALLOWED = Pattern.compile("^[a-zA-Z0-9_-]+$");
    private static final String ACCOUNT_CLOSED_SUFFIX = "-account-closed";

    private Puid() {
    }

    /** @throws IllegalArgumentException for a takedown id the database would refuse (not a UUID-like id) */
    public static String of(String takedownId, SellerAction action) {
        String puid = action == SellerAction.LISTING_REMOVED ? takedownId : takedownId + ACCOUNT_CLOSED_SUFFIX;
        if (puid.length() > MAX_LENGTH || !ALLOWED.matcher(puid).matches()) {
            throw new IllegalArgumentException("takedown id " + takedownId + " cannot be a DSA puid");
        }
        return puid;
    }
}
