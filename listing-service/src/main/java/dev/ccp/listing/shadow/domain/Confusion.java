package dev.ccp.listing.shadow.domain;

/**
 * How one configuration's outcomes compare with moderators' verdicts, a listing held or blocked counting as
 * flagged and a verdict of infringement as the truth. Precision and recall are null where nothing was flagged, or
 * nothing was infringing.
 */
public record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    public static Confusion none() {
        return new Confusion(0, 0, 0, 0);
    }

    public Confusion add(boolean flagged, boolean infringing) {
        return new Confusion(truePositives + (flagged && infringing ? 1 : 0),
                falsePositives + (flagged && !infringing ? 1 : 0), falseNegatives + (!flagged && infringing ? 1 : 0),
                trueNegatives + (!flagged && !infringing ? 1 : 0));
    }

    /** Of the listings flagged, the share moderators found infringing. */
    public Double precision() {
        int flagged = truePositives + falsePositives;
        return flagged == 0 ? null : (double) truePositives / flagged;
    }

    /** Of the listings moderators found infringing, the share flagged. */
    public Double recall() {
        int infringing = truePositives + falseNegatives;
        return infringing == 0 ? null : (double) truePositives / infringing;
    }
}
