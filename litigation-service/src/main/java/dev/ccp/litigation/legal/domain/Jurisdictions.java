package dev.ccp.litigation.legal.domain;

import java.util.Set;

/** The jurisdictions cases are filed or referred in: US, UK, CN, the EU as a whole and its member states. */
public final class Jurisdictions {
    private static final Set<String> EU_MEMBER_STATES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private Jurisdictions() {
    }

    public static boolean isValid(String code) {
        return "US".equals(code) || "UK".equals(code) || "CN".equals(code) || isEu(code);
    }

    /** The EU itself (an EU trade mark court, Europol) or one of its member states. */
    public static boolean isEu(String code) {
        return "EU".equals(code) || isEuMemberState(code);
    }

    public static boolean isEuMemberState(String code) {
        return code != null && EU_MEMBER_STATES.contains(code);
    }

    public static String described() {
        return "US, UK, CN, EU or an EU member state (ISO 3166 alpha-2, e.g. ES)";
    }
}
