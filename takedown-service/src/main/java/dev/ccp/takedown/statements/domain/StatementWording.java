package dev.ccp.takedown.statements.domain;

import dev.ccp.takedown.takedowns.application.SellerAction;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The words of a statement of reasons. Two versions of the facts: the seller's names their own listing; the public
 * one, for the DSA Transparency Database, names nobody and quotes none of the seller's free text (a title may carry
 * a name or a phone number, and Art. 24(5) forbids personal data there), only the registry's brand names and dates.
 */
public final class StatementWording {
    /** The Transparency Database's limits: decision_facts 5000, legal ground 500, explanation 2000. */
    public static final int MAX_FACTS = 5000;
    public static final int MAX_GROUND = 500;
    public static final int MAX_EXPLANATION = 2000;
    private static final int MAX_QUOTED_TITLE = 300;

    static final String LEGAL_GROUND = "Infringement of a registered trademark by counterfeit goods: Article 9(2)(a) of "
            + "Regulation (EU) 2017/1001 on the European Union trade mark, and the national trade mark laws "
            + "implementing Article 10(2)(a) of Directive (EU) 2015/2436.";

    private StatementWording() {
    }

    public static String legalGround() {
        return LEGAL_GROUND;
    }

    /** What the seller reads: their listing by title and id, the brands, how it was found and decided, what we did. */
    public static String sellerFacts(StatementFacts facts, List<RegisteredBrand> brands) {
        StringBuilder text = new StringBuilder("Your listing ");
        String title = quoted(facts.listingTitle());
        if (title != null) {
            text.append(title).append(' ');
        }
        text.append("(listing ").append(facts.listingId()).append(')');
        String claimed = plain(facts.claimedBrand());
        if (claimed != null) {
            text.append(", offered as ").append(claimed).append(',');
        }
        text.append(" was confirmed on ").append(day(facts.decidedAt())).append(" to offer counterfeit goods of ")
                .append(brandsOf(brands, claimed)).append(". ").append(howFound(facts)).append(' ')
                .append(actionTaken(facts.action(), facts.actionTakenAt(), true));
        return cap(text.toString(), MAX_FACTS);
    }

    /** The same facts with nothing of the seller's own: no title, no ids, no claimed brand. */
    public static String publicFacts(StatementFacts facts, List<RegisteredBrand> brands) {
        String text = "A marketplace listing offered goods bearing a sign identical to a registered trademark of "
                + brandsOf(brands, null) + "; the goods were confirmed as counterfeit on " + day(facts.decidedAt())
                + ". " + howFound(facts) + ' ' + actionTaken(facts.action(), facts.actionTakenAt(), false);
        return cap(text, MAX_FACTS);
    }

    /** Why the listing is illegal on the legal ground, naming the brands and their registrations. */
    public static String explanation(StatementFacts facts, List<RegisteredBrand> brands) {
        String text = "The listing offered, without the trademark proprietor's consent, goods bearing a sign identical "
                + "to the trademark of " + brandsOf(brands, null) + ", registered for such goods. Such goods are "
                + "counterfeit, and their offer in the course of trade infringes the registered trademark.";
        if (facts.action() == SellerAction.ACCOUNT_CLOSED) {
            text += " Offering counterfeit goods of a registered brand closes the seller's account.";
        }
        return cap(text, MAX_EXPLANATION);
    }

    private static String howFound(StatementFacts facts) {
        String found = facts.automatedDetection()
                ? "Automated screening of the listing flagged it."
                : "It was identified without automated screening.";
        String decided = facts.automatedDecision()
                ? "The decision was taken by automated means."
                : "A person reviewed the evidence and took the decision.";
        return found + ' ' + decided;
    }

    private static String actionTaken(SellerAction action, Instant at, boolean toTheSeller) {
        return switch (action) {
            case LISTING_REMOVED -> "On " + day(at) + (toTheSeller ? " we removed the listing" : " the listing was "
                    + "removed") + "; it is no longer offered on the marketplace.";
            case ACCOUNT_CLOSED -> "On " + day(at) + (toTheSeller ? " we closed your seller account" : " the "
                    + "seller's account was terminated") + "; its other listings are removed as well.";
        };
    }

    /** "A", "A and B", "A, B and C"; the listing's own claim when the registry named none, else a generic phrase. */
    static String brandsOf(List<RegisteredBrand> brands, String claimed) {
        if (brands.isEmpty()) {
            return claimed != null ? claimed : "a registered brand";
        }
        List<String> named = brands.stream().map(RegisteredBrand::described).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    private static String quoted(String title) {
        String plain = plain(title);
        return plain == null ? null : '"' + cap(plain, MAX_QUOTED_TITLE) + '"';
    }

    /** Seller text on one line without control characters, or null when there is none. */
    private static String plain(String value) {
        if (value == null) {
            return null;
        }
        String flat = value.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.isEmpty() ? null : flat;
    }

    static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
