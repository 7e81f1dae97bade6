package dev.ccp.takedown.orders.application;

/** What one import did: orders received, newly stored, moved to a later status, and left as they were. */
public record ImportCounts(int received, int stored, int updated, int unchanged) {
}
