package dev.ccp.listing.screening.domain;

import dev.ccp.core.text.LookAlikes;

/**
 * The form in which a protected term and a listing's words are compared: what a shopper reads, not what the seller
 * typed ({@link LookAlikes#skeleton}). Look-alike letters of any script become Latin by Unicode's confusables data
 * ("Rоlеx" with Cyrillic о, е; Greek, IPA, Latin letters with marks), letters drawn in ASCII are read ("|-|", "/\"),
 * digits and symbols used as letters are read as letters ("Tiff4ny", "Ch@ne1", "8MW", "Z€rv€x"), i/l/1 are one
 * letter, any separator vanishes, and doubled letters count once ("Guccci", "Roleexx").
 */
public final class Skeleton {

    private Skeleton() {
    }

    /** The skeleton of a word or phrase; spaces and separators are dropped, so "Ralph Lauren" is one key. */
    public static String of(String text) {
        return LookAlikes.skeleton(text);
    }
}
