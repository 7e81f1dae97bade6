package dev.ccp.takedown.appeals.domain;

/** A document the seller relies on (an invoice, an authorisation letter), by reference: the file stays with them. */
public record AppealDocument(String reference, String description) {
}
