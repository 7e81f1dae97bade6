package dev.ccp.listing.webhooks.application;

import java.util.Map;

/**
 * Tells a brand that something of its own changed status (a violation report's item, a self-service removal, a
 * counter-notice), through the webhook endpoints the brand registered. Called inside the transaction that made the
 * change, so the notification is stored with it and delivered after it commits (or never, if it rolls back).
 */
public interface BrandNotifications {

    /**
     * @param brandId the brand to tell; only its own endpoints receive it
     * @param type    what happened, e.g. {@code violation-report.item-decided}, {@code removal.overturned},
     *                {@code counter-notice.decided}
     * @param subject the id of the thing that changed (report, removal, counter-notice)
     * @param data    the notification's JSON body beside type, subject and time: small, no personal data of sellers
     */
    void notify(String brandId, String type, String subject, Map<String, Object> data);
}
