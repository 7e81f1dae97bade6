package dev.ccp.core.text;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a reader sees when a name is written to slip past a filter: the letters, however they were drawn.
 * <ul>
 *   <li>a character of any script that looks like a Latin letter is that letter, by Unicode's own confusables data
 *       (the UTS #39 skeleton, ICU4J's {@link SpoofChecker}): Cyrillic and Greek look-alikes, IPA letters, Latin
 *       letters with marks, mathematical and full-width forms;</li>
 *   <li>a letter drawn with several ASCII characters is that letter ({@code |-|} H, {@code /\} A, {@code \/\/} W,
 *       {@code |_|} U, {@code ()} O...), and so is "rn" (m), which reads as one letter;</li>
 *   <li>digits and symbols that stand for letters are those letters (4 and @ a, 3 and € e, 0 o, $ and 5 s, 7 t...);
 *       in a {@link #skeleton}, i, l, 1, | and ! are one letter, as they are to a reader.</li>
 * </ul>
 * Shared by listing screening (brand words) and seller verification (closed sellers' shop names): both compare
 * what people read, not what they typed.
 */
public final class LookAlikes {
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();
    /** Letters drawn with ASCII characters, by their first character, longest drawing first. */
    private static final Map<Character, List<String[]>> DRAWINGS = drawings(
            "|\\/|=m", "/\\/\\=m", "|v|=m", "\\/\\/=w", "\\^/=w", "|/\\|=w", "|\\|=n", "/\\/=n", "|-|=h", "]-[=h",
            "}{=h", ")-(=h", "|_|=u", "/-\\=a", "/\\=a", "\\/=v", "|<=k", "|{=k", "|)=d", "|]=d", "|>=p", "|*=p",
            "|3=b", "|2=r", "|_=l", "()=o", "[]=o", "<>=o", "'/=y", "><=x", ")(=x", "_|=j", "|==f");
    /** What a character that is not a letter of ASCII reads as, for the characters that stand for letters. */
    private static final String SYMBOLS_FROM = "01345789@$!|€£¢¥§©®µ¡";
    private static final String SYMBOLS_TO = "oleastbgasllelcyscrul";
    /** Per ASCII character: its skeleton letter (0 for a separator), and whether a drawing may start with it. */
    private static final char[] ASCII_LETTER = asciiLetters();
    private static final boolean[] DRAWING_START = drawingStarts();

    private LookAlikes() {
    }

    /**
     * The text's letters as they read, lower case: separators, spaces, marks and anything that is no letter are
     * dropped, doubled letters count once ("G.U.C.C.I", "Guccci" and "Gυссі" are all "guci").
     */
    public static String skeleton(String text) {
        String read = needsReading(text) ? read(text) : text;
        StringBuilder out = new StringBuilder(read.length());
        char last = 0;
        for (int i = 0; i < read.length(); i++) {
            char c = asciiLetter(read.charAt(i));
            if (c == 0) {
                continue; // separators vanish
            }
            char next = i + 1 < read.length() ? asciiLetter(read.charAt(i + 1)) : 0;
            if (c == 'r' && next == 'n') {
                c = 'm'; // read as one letter ("vv" is not: it is as often a doubled v)
                i++;
            }
            if (c != last) {
                out.append(c); // doubled letters count once
                last = c;
            }
        }
        return out.toString();
    }

    /** A character of {@link #read}'s output (or of plain ASCII) as a skeleton letter, or 0 for a separator. */
    private static char asciiLetter(char c) {
        return c < 0x80 ? ASCII_LETTER[c] : letterOf(c);
    }

    private static char letterOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c == 'i' ? 'l' : c;
        }
        int symbol = SYMBOLS_FROM.indexOf(c);
        if (symbol >= 0) {
            return SYMBOLS_TO.charAt(symbol);
        }
        return Character.isLetterOrDigit(c) ? c : 0;
    }

    /**
     * The text with every look-alike, drawing and stand-in read as its letter, in lower case; spaces, separators and
     * other characters are kept (so that callers can still split words).
     */
    public static String read(String text) {
        return read(text, true);
    }

    /**
     * Like {@link #read}, but ASCII digits stay digits ("shop 24" keeps its number): for names in which a digit is
     * as often a digit as a letter; look-alikes of other scripts, drawings and symbols are still read as letters.
     */
    public static String readKeepingDigits(String text) {
        return read(text, false);
    }

    private static String read(String text, boolean digitsAsLetters) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        // full-width ASCII first, so that a drawing in full-width characters is a drawing too; every other
        // character is read by its skeleton before compatibility forms (ſ looks like f, whatever NFKC says)
        String s = drawn(ascii ? text : fullWidthAsAscii(text));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 'A' && cp <= 'Z') {
                cp += 'a' - 'A';
            }
            int symbol = cp < 0x10000 && (digitsAsLetters || cp < '0' || cp > '9') ? SYMBOLS_FROM.indexOf(cp) : -1;
            if (symbol >= 0) {
                out.append(SYMBOLS_TO.charAt(symbol));
            } else if (cp < 0x80) {
                out.append((char) cp);
            } else {
                out.append(FOLDED.computeIfAbsent(cp, LookAlikes::fold));
            }
        }
        return out.toString();
    }

    /** Only non-ASCII characters and ASCII drawings need {@link #read}; the rest the skeleton reads as it goes. */
    private static boolean needsReading(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || DRAWING_START[c]) {
                return true;
            }
        }
        return false;
    }

    private static String fullWidthAsAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFF01 + 0x21) : c);
        }
        return out.toString();
    }

    /**
     * One character as a reader takes it: its UTS #39 skeleton, then its compatibility form, without marks, in lower
     * case, back in Latin.
     */
    private static String fold(int cp) {
        String skeleton = Normalizer.normalize(SPOOF.getSkeleton(new String(Character.toChars(cp))), Normalizer.Form.NFKC);
        String bare = MARKS.matcher(Normalizer.normalize(skeleton, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String spelled = switch (bare) { // prototypes that spell a letter with two ("rn" for m), Latin ligatures
            case "rn" -> "m";
            case "vv" -> "w";
            case "ß" -> "ss";
            case "æ" -> "ae";
            case "œ" -> "oe";
            case "ł" -> "l";
            case "đ" -> "d";
            case "ħ" -> "h";
            case "ꞓ" -> "e"; // the prototype of € and Greek ε
            default -> bare;
        };
        if (spelled.length() == 1) {
            int symbol = SYMBOLS_FROM.indexOf(spelled.charAt(0));
            if (symbol >= 0) {
                return String.valueOf(SYMBOLS_TO.charAt(symbol));
            }
        }
        if (!Character.isLetterOrDigit(cp) && !spelled.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return " "; // a dash or symbol whose prototype is a letter of another script ("—" is "ー"): a separator
        }
        return spelled.isEmpty() ? " " : spelled;
    }

    /** ASCII drawings of letters replaced by the letters; most text has none and is returned as it is. */
    private static String drawn(String text) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i++) {
            if (DRAWINGS.containsKey(text.charAt(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            String[] match = null;
            for (String[] drawing : DRAWINGS.getOrDefault(text.charAt(i), List.of())) {
                if (text.startsWith(drawing[0], i)) {
                    match = drawing;
                    break;
                }
            }
            if (match == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(match[1]);
                i += match[0].length();
            }
        }
        return out.toString();
    }

    private static char[] asciiLetters() {
        char[] letters = new char[0x80];
        for (char c = 0; c < 0x80; c++) {
            letters[c] = letterOf(c);
        }
        return letters;
    }

    private static boolean[] drawingStarts() {
        boolean[] starts = new boolean[0x80];
        DRAWINGS.keySet().forEach(c -> starts[c] = c < 0x80);
        return starts;
    }

    private static Map<Character, List<String[]>> drawings(String... entries) {
        Map<Character, List<String[]>> map = new HashMap<>();
        for (String entry : entries) {
            int eq = entry.lastIndexOf('=');
            String drawing = entry.substring(0, eq);
            map.computeIfAbsent(drawing.charAt(0), k -> new ArrayList<>()).add(new String[] {drawing, entry.substring(eq + 1)});
        }
        map.values().forEach(list -> list.sort(Comparator.comparingInt((String[] d) -> d[0].length()).reversed()));
        return Map.copyOf(map);
    }
}
