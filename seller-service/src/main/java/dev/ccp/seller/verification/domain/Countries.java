package dev.ccp.seller.verification.domain;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes. */
public final class Countries {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isIsoAlpha2(String code) {
        return code != null && ISO.contains(code);
    }
}
