package dev.ccp.listing.webhooks.application;

/** Fired when a transaction stored deliveries: observed after it commits, it starts a sender pass at once. */
public record WebhooksDue(int count) {
}
