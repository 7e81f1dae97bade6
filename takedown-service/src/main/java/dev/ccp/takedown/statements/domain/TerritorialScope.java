package dev.ccp.takedown.statements.domain;

import java.util.List;
import java.util.Set;

/** Where a restriction applies: EU and EEA countries as the Transparency Database spells them (Greece is GR). */
public final class TerritorialScope {
    public static final Set<String> EEA = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
            "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");

    private TerritorialScope() {
    }

    /** @throws IllegalStateException for a configured scope the database would refuse */
    public static List<String> validated(List<String> codes) {
        List<String> scope = codes.stream().map(String::strip).distinct().toList();
        if (scope.isEmpty() || !EEA.containsAll(scope)) {
            throw new IllegalStateException("takedown.statements.territorial-scope must list EU/EEA country codes "
                    + "(GR for Greece), not " + codes);
        }
        return scope;
    }
}
