package dev.ccp.takedown.takedowns.domain;

/** Held stock ends DESTROYED or, e.g. after a granted appeal, RELEASED; neither is undone. */
public enum HoldStatus {
    HELD, DESTROYED, RELEASED
}
