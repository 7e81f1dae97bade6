package dev.ccp.takedown.appeals.domain;

/** FILED until a trust admin decides; GRANTED reverses the takedown, DENIED lets it stand. Both are final. */
public enum AppealStatus {
    FILED, GRANTED, DENIED
}
