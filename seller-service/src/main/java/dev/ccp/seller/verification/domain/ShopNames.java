package dev.ccp.seller.verification.domain;

/**
 * How a new shop name relates to a barred account's. Small shops pick from a small vocabulary, so the exact same
 * generic name ("moda shop") recurs innocently; a returning bad actor instead perturbs the old name so it still
 * reads the same to customers but dodges an exact match: digits for letters ("m0da"), spaces dropped
 * ("solbazaar"), one letter dropped, added or swapped ("style corne"), letters doubled ("moodaa"), or a short tag
 * appended ("... eu"). Look-alike letters, ASCII drawings, symbols and separators are undone before
 * ({@link IdentityNormaliser#shopName}).
 */
public final class ShopNames {

    public enum Relation { EXACT, VARIANT, UNRELATED }

    /** The longest tag a variant may append as its own word, e.g. "eu", "uk", "24". */
    private static final int MAX_APPENDED_TAG = 3;
    private static final int MIN_LENGTH_FOR_ONE_EDIT = 5;

    private ShopNames() {
    }

    /** Both names already folded by {@link IdentityNormaliser#shopName}. */
    public static Relation relate(String name, String barred) {
        if (name.isEmpty() || barred.isEmpty()) {
            return Relation.UNRELATED;
        }
        if (name.equals(barred)) {
            return Relation.EXACT;
        }
        String a = skeleton(name);
        String b = skeleton(barred);
        if (a.equals(b)) {
            return Relation.VARIANT;
        }
        if (Math.min(a.length(), b.length()) >= MIN_LENGTH_FOR_ONE_EDIT && withinOneEdit(a, b)) {
            return Relation.VARIANT;
        }
        // letters doubled anywhere ("Moodaa Shopp") read the same
        String singleA = singleLetters(a);
        String singleB = singleLetters(b);
        if (singleA.equals(singleB) || Math.min(singleA.length(), singleB.length()) >= MIN_LENGTH_FOR_ONE_EDIT
                && withinOneEdit(singleA, singleB)) {
            return Relation.VARIANT;
        }
        String longer = lookAlike(name.length() > barred.length() ? name : barred);
        String shorter = lookAlike(name.length() > barred.length() ? barred : name);
        if (longer.startsWith(shorter + " ") && longer.length() - shorter.length() - 1 <= MAX_APPENDED_TAG) {
            return Relation.VARIANT;
        }
        return Relation.UNRELATED;
    }

    /** Look-alike digits read as letters, and no spaces: "M0da Out1et" and "moda outlet" share one skeleton. */
    static String skeleton(String folded) {
        return lookAlike(folded).replace(" ", "");
    }

    private static String lookAlike(String folded) {
        StringBuilder s = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            switch (c) {
                case '0' -> s.append('o');
                case '1', 'i' -> s.append('l');
                case '3' -> s.append('e');
                case '4' -> s.append('a');
                case '5' -> s.append('s');
                case '7' -> s.append('t');
                case '8' -> s.append('b');
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** The name with every run of one letter written once: the form a doubled-letter variant is probed by. */
    public static String singleLetters(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 || c != name.charAt(i - 1) || c == ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)))) {
                return true; // substitution (or equal)
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
