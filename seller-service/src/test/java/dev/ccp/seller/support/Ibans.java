package dev.ccp.seller.support;

import java.math.BigInteger;

/** Valid IBANs made up for tests: the check digits are computed, so each one passes mod-97. */
public final class Ibans {
    private Ibans() {
    }

    /** A Spanish IBAN whose 20-digit account part is {@code account}. */
    public static String spanish(long account) {
        return withCheckDigits("ES", String.format("%020d", account));
    }

    public static String withCheckDigits(String country, String bban) {
        String numeric = (bban + country + "00").chars()
                .mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) c) : String.valueOf(c - 'A' + 10))
                .reduce("", String::concat);
        int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }
}
