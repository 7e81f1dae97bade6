package dev.ccp.takedown.statements.domain;

import java.util.List;

/**
 * A brand as the brand registry names it, with its trademark registrations ("EUIPO 000091835").
 *
 * @param name null when the registry does not know the id: the statement then names the brand by its id
 */
public record RegisteredBrand(String id, String name, List<String> registrations) {
    public RegisteredBrand {
        registrations = List.copyOf(registrations);
    }

    public static RegisteredBrand unknown(String id) {
        return new RegisteredBrand(id, null, List.of());
    }

    /** The brand's name with its registrations, for a sentence: {@code BMW (EUIPO 000091835)}. */
    public String described() {
        String label = name != null ? name : "the registered brand " + id;
        return registrations.isEmpty() ? label : label + " (" + String.join(", ", registrations) + ")";
    }
}
