package dev.ccp.seller.verification.domain;

import dev.ccp.core.text.LookAlikes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normal form of each identity attribute, so the same value written another way (spaces, dots, dashes, case,
 * a national phone format, a VAT prefix) compares equal. A bad actor who comes back changes the writing, not the
 * bank account.
 */
public final class IdentityNormaliser {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]");
    /** VAT number prefixes (EU member states use EL for Greece; XI is Northern Ireland). */
    private static final Set<String> VAT_PREFIXES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES",
            "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
            "XI", "GB", "CH", "NO");
    /** Street-type abbreviations written either way in the same country. */
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("c", "calle"), Map.entry("cl", "calle"), Map.entry("av", "avenida"), Map.entry("avda", "avenida"),
            Map.entry("pl", "plaza"), Map.entry("pza", "plaza"), Map.entry("str", "strasse"), Map.entry("r", "rua"),
            Map.entry("bd", "boulevard"), Map.entry("bld", "boulevard"), Map.entry("bvd", "boulevard"),
            Map.entry("st", "street"), Map.entry("rd", "road"), Map.entry("ave", "avenue"), Map.entry("v", "via"),
            Map.entry("vle", "viale"), Map.entry("pzza", "piazza"));

    private IdentityNormaliser() {
    }

    public static String bankAccount(String iban) {
        return Iban.normalise(iban);
    }

    /** Upper case, no separators, and without a VAT country prefix: "NL3375632-39B01" = "337563239B01". */
    public static String taxId(String taxId) {
        String id = NOT_ALNUM.matcher(taxId.toUpperCase(Locale.ROOT)).replaceAll("");
        if (id.length() >= 8 && VAT_PREFIXES.contains(id.substring(0, 2)) && id.substring(2).matches(".*\\d.*")) {
            return id.substring(2);
        }
        return id;
    }

    /** The issuing country and the number without separators: "NL:WT6488587". */
    public static String document(String country, String number) {
        return country.toUpperCase(Locale.ROOT) + ":" + NOT_ALNUM.matcher(number.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    public static String email(String email) {
        return EmailAddresses.normalise(email);
    }

    /** E.164, read in the applicant's country when written locally. */
    public static String phone(String phone, String country) {
        return PhoneNumbers.toE164(phone, country).orElse(phone.replaceAll("[^+0-9]", ""));
    }

    public static String device(String deviceId) {
        return deviceId.trim().toLowerCase(Locale.ROOT);
    }

    public static String ipAddress(String ip) {
        return ip.trim().toLowerCase(Locale.ROOT);
    }

    /** Street line and postal code in one country; the city is implied by the postal code and spelled freely. */
    public static String address(String line1, String postalCode, String country) {
        StringBuilder street = new StringBuilder();
        for (String word : TextNormaliser.fold(line1).split(" ")) {
            if (!word.isEmpty()) {
                street.append(street.length() == 0 ? "" : " ").append(STREET_WORDS.getOrDefault(word, word));
            }
        }
        String postal = NOT_ALNUM.matcher(postalCode.toUpperCase(Locale.ROOT)).replaceAll("");
        return country.toUpperCase(Locale.ROOT) + "|" + postal + "|" + street;
    }

    /**
     * A shop name as compared for similarity: folded text, company forms kept (they rarely differ). Look-alike
     * letters of other scripts (Unicode's confusables), letters drawn in ASCII ("|-|") and symbols standing for
     * letters ("@", "€") are read as the letters customers see; a plain name folds as it always did.
     */
    public static String shopName(String displayName) {
        return TextNormaliser.fold(displayName == null ? null : LookAlikes.readKeepingDigits(displayName));
    }
}
