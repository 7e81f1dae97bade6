package dev.ccp.listing.listings.domain;

/** A moderator's finding on a listing. */
public enum Verdict {
    COUNTERFEIT, OTHER_INFRINGEMENT, NOT_INFRINGING;

    /** Counterfeit and other infringements keep the listing off the marketplace. */
    public boolean infringing() {
        return this != NOT_INFRINGING;
    }
}
