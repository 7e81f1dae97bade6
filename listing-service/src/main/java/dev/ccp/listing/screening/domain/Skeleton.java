package dev.ccp.listing.screening.domain;

import java.text.Normalizer;
import java.util.Map;

/**
 * The form in which a protected term and a listing's words are compared: what a shopper reads, not what the seller
 * typed. Compatibility forms and look-alike letters from other scripts become Latin ("Rоlеx" with Cyrillic о, е),
 * accents and case go, digits and symbols used as letters are read as letters ("Tiff4ny", "Ch@ne1", "8MW", "9ucci"), i/l/1
 * are one letter, separators vanish, and doubled letters count once ("Guccci", "Roleexx").
 */
public final class Skeleton {
    private static final Map<Character, Character> HOMOGLYPHS = homoglyphs();
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Skeleton() {
    }

    /** The skeleton of a word or phrase; spaces and separators are dropped, so "Ralph Lauren" is one key. */
    public static String of(String text) {
        if (isAscii(text)) {
            return ofAscii(text);
        }
        return ofUnicode(text);
    }

    static String ofUnicode(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder latin = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            latin.append(HOMOGLYPHS.getOrDefault(c, c));
        }
        String folded = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD)).replaceAll("")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
                .replace("œ", "oe").replace("Œ", "oe").replace("ł", "l").replace("Ł", "l")
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        char last = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = letter(folded.charAt(i));
            if (c == 0 || c == last) {
                continue; // separators vanish; doubled letters count once
            }
            out.append(c);
            last = c;
        }
        return out.toString();
    }

    /**
     * Most listings are plain ASCII, for which normalising, look-alike letters and accents change nothing: the same
     * skeleton without them (screening computes thousands a second).
     */
    static String ofAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            c = letter(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            if (c == 0 || c == last) {
                continue;
            }
            out.append(c);
            last = c;
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A character as the letter it stands for, or 0 for a separator. */
    private static char letter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', 'i', '|', '!' -> 'l';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            default -> Character.isLetterOrDigit(c) ? c : 0;
        };
    }

    private static Map<Character, Character> homoglyphs() {
        String from = "аеорсухіјѕһԁԛԝкмнтвАВЕКМНОРСТХУІЅЈαονρτικυχεΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
        String to = "aeopcyxijshdqwkmhtbABEKMHOPCTXYISJaovptikuxeABEZHIKMNOPTYX";
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(map);
    }
}
