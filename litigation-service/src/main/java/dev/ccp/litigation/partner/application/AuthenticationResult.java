package dev.ccp.litigation.partner.application;

/** One item the brand examined: which (a test purchase, a listing), whether it is counterfeit, and why. */
public record AuthenticationResult(String reference, Boolean counterfeit, String findings) {
}
