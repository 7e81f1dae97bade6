package dev.ccp.takedown.takedowns.application;

/** Fired when a takedown became due at once (opened, retried): observed after commit to start a runner pass. */
public record TakedownsDue(String takedownId) {
}
