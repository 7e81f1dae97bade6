package dev.ccp.listing.screening.domain;

/**
 * A protected term found in a listing's text.
 *
 * @param how      {@link How#PLAIN} as written (may still be nominative or an ordinary word), {@link How#DISGUISED}
 *                 when it only matches once look-alike letters, digits, separators or doubled letters are undone
 *                 (honest sellers do not write "Rоlеx" with Cyrillic letters), {@link How#TYPO} for one dropped,
 *                 added or swapped letter, {@link How#SOUND_ALIKE} for a respelling that sounds like the term (weak:
 *                 ordinary words sound alike too)
 * @param found    the listing's words that matched, as the seller wrote them
 */
public record TermHit(ProtectedTerm term, How how, String found) {
    public enum How { PLAIN, DISGUISED, TYPO, SOUND_ALIKE }
}
