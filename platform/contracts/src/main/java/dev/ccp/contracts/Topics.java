package dev.ccp.contracts;

/** Kafka topics: one per owning service, plus the marketplace's order feed. Consumers filter on event type. */
public final class Topics {
    public static final String SELLERS = "sellers.v1";
    public static final String LISTINGS = "listings.v1";
    public static final String TAKEDOWNS = "takedowns.v1";
    public static final String CASES = "cases.v1";
    public static final String MARKETPLACE_ORDERS = "marketplace.orders.v1";

    private Topics() {
    }

    /** Where a consumer parks an event it could not process after bounded retries. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
