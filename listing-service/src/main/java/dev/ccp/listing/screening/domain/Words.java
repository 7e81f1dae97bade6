package dev.ccp.listing.screening.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain words of a text for phrase look-ups: no accents or case, punctuation as spaces. */
public final class Words {
    // compiled once: screening folds every listing's text
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private Words() {
    }

    static String fold(String text) {
        return Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFKD)
                .transform(s -> MARKS.matcher(s).replaceAll("")).toLowerCase(Locale.ROOT)
                .transform(s -> NOT_ALNUM.matcher(s).replaceAll(" ")).trim();
    }

    public static List<String> of(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** Every run of 1..maxWords consecutive words, joined by single spaces. */
    static List<String> phrases(List<String> words, int maxWords) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < maxWords && i + n < words.size(); n++) {
                phrase.append(n == 0 ? "" : " ").append(words.get(i + n));
                out.add(phrase.toString());
            }
        }
        return out;
    }
}
