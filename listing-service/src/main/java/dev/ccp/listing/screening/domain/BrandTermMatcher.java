package dev.ccp.listing.screening.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import dev.ccp.core.text.SoundsAlike;

/**
 * Finds every brand's protected terms in a listing's text with one index over all brands: each run of up to
 * {@code maxWords} words is reduced to its {@link Skeleton} and looked up in a hash map, and, for typos, so are its
 * one-letter deletions. The cost depends on the length of the text, not on the number of brands.
 *
 * <p>Typos are one dropped, added or swapped letter ("Chael", "Aplpe", "MBW"), never a substituted one: a
 * substitution turns a brand into an ordinary word too often ("coach" and "couch", "beats" and "bears").
 */
public final class BrandTermMatcher {
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_LETTERS_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_LETTERS_MARKS_DIGITS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Ps}\\p{Pi}\"'¡¿]+|[\\p{Pe}\\p{Pf}\"'.,;:!?]+$");
    private static final int MIN_EDIT_LENGTH = 4;
    private static final int MIN_SWAP_LENGTH = 3;
    private static final int MIN_SOUND_LETTERS = 5;
    private static final int MIN_SOUND_CODE = 4;
    private static final int[] POWERS_OF_31 = powersOf31(256);

    private final Map<String, List<ProtectedTerm>> exact = new HashMap<>();
    private final Map<String, List<ProtectedTerm>> deletions = new HashMap<>();
    private final Map<ProtectedTerm, String> skeletons = new HashMap<>();
    private final Map<String, List<ProtectedTerm>> sounds = new HashMap<>();
    private final KeyFilter keys;
    private final int maxWords;

    public BrandTermMatcher(List<ProtectedTerm> terms) {
        int words = 1;
        for (ProtectedTerm term : terms) {
            String skeleton = Skeleton.of(term.term());
            if (skeleton.length() < 2) {
                continue;
            }
            skeletons.put(term, skeleton);
            exact.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(term);
            for (String deletion : deletionsOf(skeleton)) {
                deletions.computeIfAbsent(deletion, k -> new ArrayList<>()).add(term);
            }
            words = Math.max(words, WORD_SPLIT.split(term.term().trim()).length);
            String sound = term.term().trim().indexOf(' ') < 0 ? soundOf(term.term()) : null;
            if (sound != null) {
                sounds.computeIfAbsent(sound, k -> new ArrayList<>()).add(term);
            }
        }
        this.maxWords = words;
        this.keys = new KeyFilter(exact.size() + deletions.size());
        exact.keySet().forEach(keys::add);
        deletions.keySet().forEach(keys::add);
    }

    /** Every protected term in the text, at most one hit per term, the strongest kind first. */
    public List<TermHit> find(String text) {
        return find(text, "");
    }

    /**
     * The same for {@code text + " " + soundText}, where only the words of {@code soundText} (a title, the brand
     * field) are also compared by sound: a respelling that is to be read as the brand sits where shoppers look,
     * and encoding every word of a description would double the cost of a listing.
     */
    public List<TermHit> find(String text, String soundText) {
        List<String> words = new ArrayList<>(words(soundText));
        int soundWords = words.size();
        words.addAll(words(text));
        Map<ProtectedTerm, TermHit> hits = new LinkedHashMap<>();
        for (int start = 0; start < words.size(); start++) {
            StringBuilder raw = new StringBuilder();
            for (int n = 1; n <= maxWords && start + n <= words.size(); n++) {
                raw.append(n == 1 ? "" : " ").append(words.get(start + n - 1));
                match(raw.toString(), hits, n == 1 && start < soundWords);
            }
        }
        return hits.values().stream()
                .sorted(java.util.Comparator.comparing((TermHit h) -> h.how() == TermHit.How.PLAIN ? 1
                        : h.how() == TermHit.How.SOUND_ALIKE ? 2 : 0))
                .toList();
    }

    private void match(String found, Map<ProtectedTerm, TermHit> hits, boolean bySound) {
        // "Love my Zorvex!" ends a sentence; "Chane!" may be a disguise: try the word without its edge
        // punctuation first, then as written.
        if (!Character.isLetterOrDigit(found.charAt(0)) || !Character.isLetterOrDigit(found.charAt(found.length() - 1))) {
            String trimmed = EDGE_PUNCTUATION.matcher(found).replaceAll("");
            if (!trimmed.isEmpty() && !trimmed.equals(found)) {
                match(trimmed, hits, bySound);
            }
        }
        String skeleton = Skeleton.of(found);
        if (skeleton.length() < 2) {
            return;
        }
        List<ProtectedTerm> exactly = keys.mayContain(skeleton) ? exact.getOrDefault(skeleton, List.of()) : List.of();
        for (ProtectedTerm term : exactly) {
            // Written as any of the brand's own spellings is plain ("Hermès" is not a disguise of "Hermes").
            boolean plain = exactly.stream().anyMatch(t -> t.brandId().equals(term.brandId()) && plainly(found, t.term()));
            TermHit.How how = plain ? TermHit.How.PLAIN : TermHit.How.DISGUISED;
            hits.merge(term, new TermHit(term, how, found), BrandTermMatcher::stronger);
        }
        // A word that is a term as it stands is not also a misspelling of another ("Burberry" of "Burberrys").
        if (!exactly.isEmpty() || !typoCandidate(found)) {
            return;
        }
        // Each one-letter deletion of the word, then the word itself, is looked up among the terms and their own
        // deletions.
        deletionTypos(skeleton, found, hits);
        typos(skeleton, skeleton, found, hits);
        String sound = bySound && !sounds.isEmpty() && found.indexOf(' ') < 0 ? soundOf(found) : null;
        if (sound != null) {
            String written = SoundsAlike.letters(found);
            for (ProtectedTerm term : sounds.getOrDefault(sound, List.of())) {
                if (SoundsAlike.sameOnset(written, SoundsAlike.letters(term.term()))) {
                    hits.merge(term, new TermHit(term, TermHit.How.SOUND_ALIKE, found), BrandTermMatcher::stronger);
                }
            }
        }
    }

    /**
     * Only single words of {@value #MIN_SOUND_LETTERS} letters or more whose sound has {@value #MIN_SOUND_CODE}
     * parts are compared by sound: shorter ones sound like too many ordinary words ("beads" and "Beats").
     */
    private static String soundOf(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        if (letters < MIN_SOUND_LETTERS) {
            return null;
        }
        String code = SoundsAlike.code(text);
        return code.length() >= MIN_SOUND_CODE ? code : null;
    }

    /**
     * A deletion's hash is computed from prefix and suffix hashes, and the string only built when the filter says the
     * key may exist: nearly every word of a listing is no brand's typo.
     */
    private void deletionTypos(String skeleton, String found, Map<ProtectedTerm, TermHit> hits) {
        int n = skeleton.length();
        if (n >= MIN_SWAP_LENGTH && n < POWERS_OF_31.length) {
            int[] suffix = new int[n + 1];
            for (int j = n - 1; j >= 0; j--) {
                suffix[j] = skeleton.charAt(j) * POWERS_OF_31[n - 1 - j] + suffix[j + 1];
            }
            int prefix = 0;
            for (int i = 0; i < n; i++) {
                if (keys.mayContainHash(prefix * POWERS_OF_31[n - 1 - i] + suffix[i + 1])) {
                    typos(skeleton.substring(0, i) + skeleton.substring(i + 1), skeleton, found, hits);
                }
                prefix = 31 * prefix + skeleton.charAt(i);
            }
        } else {
            deletionsOf(skeleton).forEach(key -> typos(key, skeleton, found, hits));
        }
    }

    /** The terms filed under {@code key}, as themselves or one of their deletions, that the word misspells. */
    private void typos(String key, String skeleton, String found, Map<ProtectedTerm, TermHit> hits) {
        if (!keys.mayContain(key)) {
            return;
        }
        for (Map<String, List<ProtectedTerm>> filed : List.of(deletions, exact)) {
            for (ProtectedTerm term : filed.getOrDefault(key, List.of())) {
                if ((!hits.containsKey(term) || hits.get(term).how() == TermHit.How.SOUND_ALIKE) && typoTolerant(term)
                        && isTypo(skeleton, skeletons.get(term), multiWord(term))) {
                    hits.put(term, new TermHit(term, TermHit.How.TYPO, found));
                }
            }
        }
    }

    /**
     * Written as the brand writes it: the same letters up to case; no accents the brand does not use ("ömÈGa"),
     * no erratic case ("gUcCi"; ALL CAPS and Title Case are ordinary); not spelled out letter by letter unless the
     * brand itself is ("MAC" for "M·A·C" is plain, "A-P-P-L-E" for "Apple" is not).
     */
    private static boolean plainly(String found, String term) {
        return letters(found, true).equals(letters(term, true))
                && (letters(found, false).equals(letters(term, false)) || letters(found, false).equals(letters(found, true)))
                && !erraticCase(found, term)
                && (!spelledOut(found) || spelledOut(term));
    }

    private static String letters(String s, boolean withoutMarks) {
        // canonical decomposition only: mathematical, full-width and other compatibility letters are a disguise
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        if (withoutMarks) {
            decomposed = MARKS.matcher(decomposed).replaceAll("");
        }
        return NOT_LETTERS_MARKS_DIGITS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean erraticCase(String found, String term) {
        for (String word : NOT_LETTERS.split(found)) {
            if (word.length() < 2 || term.contains(word) || word.equals(word.toUpperCase(Locale.ROOT))
                    || word.equals(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean titleCase = Character.isUpperCase(word.charAt(0))
                    && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
            if (!titleCase) {
                return true;
            }
        }
        return false;
    }

    private static boolean spelledOut(String s) {
        return java.util.Arrays.stream(NOT_LETTERS_DIGITS.split(s)).filter(part -> part.length() == 1).count() >= 3;
    }

    /** A disguise says most; a plain spelling says more than a sound. */
    private static TermHit stronger(TermHit a, TermHit b) {
        if (a.how() == TermHit.How.DISGUISED || b.how() == TermHit.How.DISGUISED) {
            return a.how() == TermHit.How.DISGUISED ? a : b;
        }
        return a.how() == TermHit.How.SOUND_ALIKE ? b : a;
    }

    /**
     * One letter dropped or added inside the word ("Chael", "Aplpe"), the last letter dropped ("Gucc"), or two
     * neighbours swapped ("MBW"). A letter added at either end usually makes another word ("audio" is not "Audi").
     */
    static boolean isTypo(String written, String term, boolean multiWord) {
        if (written.equals(term)) {
            return false;
        }
        if (written.length() == term.length()) {
            return term.length() >= MIN_SWAP_LENGTH && swapped(written, term);
        }
        if (term.length() < MIN_EDIT_LENGTH || Math.abs(written.length() - term.length()) != 1) {
            return false;
        }
        boolean dropped = written.length() < term.length();
        String longer = dropped ? term : written;
        String shorter = dropped ? written : term;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        boolean inside = i > 0 && i < shorter.length();
        // Evasive typos keep the first letter, by which readers still know the word ("phone" is not "iPhone"); in a
        // phrase, a letter dropped at the end may be a whole word ("Air Force" is not "Air Force 1").
        boolean droppedAtEnd = dropped && !multiWord && i == shorter.length() && i > 0;
        return (inside || droppedAtEnd) && longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static boolean swapped(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    private static int[] powersOf31(int count) {
        int[] powers = new int[count];
        powers[0] = 1;
        for (int i = 1; i < count; i++) {
            powers[i] = 31 * powers[i - 1]; // overflows exactly as String.hashCode does
        }
        return powers;
    }

    private static List<String> deletionsOf(String skeleton) {
        List<String> out = new ArrayList<>(skeleton.length());
        if (skeleton.length() < MIN_SWAP_LENGTH) {
            return out;
        }
        for (int i = 0; i < skeleton.length(); i++) {
            out.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
        }
        return out;
    }

    /** "S line", "GG Marmont", "VW": a word under three letters leaves too little to tell a typo from a word. */
    private static boolean typoTolerant(ProtectedTerm term) {
        for (String word : WORD_SPLIT.split(term.term().trim())) {
            if (word.replaceAll("[^\\p{L}\\p{N}]", "").length() < MIN_SWAP_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private static boolean multiWord(ProtectedTerm term) {
        return WORD_SPLIT.split(term.term().trim()).length > 1;
    }

    /** Only words of three characters or more can carry a typo: "Audi A4 B9" is a model, not "Audi AG" misspelled. */
    private static boolean typoCandidate(String found) {
        if (found.isEmpty() || isSpace(found.charAt(0))) {
            return false; // an empty first word, as splitting on \s+ gives
        }
        int start = 0;
        for (int i = 0; i <= found.length(); i++) {
            if (i == found.length() || isSpace(found.charAt(i))) {
                if (i > start && wordCharacters(found.substring(start, i)) < MIN_SWAP_LENGTH) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** How many UTF-16 chars of the word are letters, digits or the look-alikes @ and $. */
    static int wordCharacters(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER || cp == '@' || cp == '$') {
                count += Character.charCount(cp);
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    /** The text's words; letters spelled out one per word ("C H A N E L") are kept together as one. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder spelled = new StringBuilder();
        for (String word : WORD_SPLIT.split(text.trim())) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))) {
                spelled.append(spelled.length() == 0 ? "" : " ").append(word);
                continue;
            }
            if (spelled.length() > 0) {
                words.add(spelled.toString());
                spelled.setLength(0);
            }
            words.add(word);
        }
        if (spelled.length() > 0) {
            words.add(spelled.toString());
        }
        return words;
    }
}
