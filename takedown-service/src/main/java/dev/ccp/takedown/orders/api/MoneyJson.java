package dev.ccp.takedown.orders.api;

/** Money as the marketplace writes it: a decimal string and an ISO 4217 code, {@code {"amount":"173.97","currency":"EUR"}}. */
public record MoneyJson(String amount, String currency) {
}
