package dev.ccp.core.text;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a name sounds (Double Metaphone, commons-codec), for respellings that share few letters with it but read
 * aloud the same ("Shanell", "Gootchee"). A sound is weak evidence: many ordinary words sound alike, so callers
 * use it only for long enough names and together with other evidence.
 */
public final class SoundsAlike {
    private static final int CODE_LENGTH = 8;

    private SoundsAlike() {
    }

    /** The name's sound: its letters as they read ({@link LookAlikes#read}), encoded; "" when it has no letters. */
    public static String code(String name) {
        String letters = letters(name);
        if (letters.isEmpty()) {
            return "";
        }
        DoubleMetaphone encoder = new DoubleMetaphone();
        encoder.setMaxCodeLen(CODE_LENGTH);
        return encoder.doubleMetaphone(letters);
    }

    /** The name's Latin letters as they read, lower case, nothing else. */
    public static String letters(String name) {
        String read = LookAlikes.read(name);
        StringBuilder letters = new StringBuilder(read.length());
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /**
     * Whether two spellings start with the same letter or with letters that spell the same first sound (c, k, q;
     * s, z, c; f, p for "ph"; g, j): a respelling keeps the name's onset, an ordinary word that happens to sound
     * alike usually does not ("earbuds" is not a respelling of a brand starting with a).
     */
    public static boolean sameOnset(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        char x = a.charAt(0);
        char y = b.charAt(0);
        return x == y || ONSETS.stream().anyMatch(set -> set.indexOf(x) >= 0 && set.indexOf(y) >= 0);
    }

    private static final java.util.List<String> ONSETS = java.util.List.of("ckq", "szc", "fp", "gj");
}
