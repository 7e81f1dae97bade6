package dev.ccp.seller.verification.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Free text to a comparable form: compatibility forms folded, accents dropped, case folded, punctuation gone. */
public final class TextNormaliser {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormaliser() {
    }

    /** "HAUPTSTRASSE 145", "Hauptstraße 145" and "hauptstrasse, 145" all become "hauptstrasse 145". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l")
                .replace("Ø", "O").replace("Æ", "AE").replace("Œ", "OE").replace("Ł", "L");
        s = s.toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(s).replaceAll(" ").trim();
    }
}
