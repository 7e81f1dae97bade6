package dev.ccp.litigation.reports.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Exact conversions between a decimal amount and the minor units of its ISO 4217 currency. */
public final class MinorUnits {
    private MinorUnits() {
    }

    /**
     * {@code "173.97" EUR} is 17397; fails on an unknown currency, a negative amount or more fraction digits than
     * the currency has (never rounds).
     */
    public static long of(BigDecimal amount, String currency) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a negative amount: " + amount.toPlainString());
        }
        try {
            return amount.movePointRight(digits(currency)).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(amount.toPlainString() + " is not a whole number of " + currency
                    + " minor units", e);
        }
    }

    /** 17397 EUR is {@code "173.97"}; 1200 JPY is {@code "1200"}. */
    public static String decimal(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, digits(currency)).toPlainString();
    }

    private static int digits(String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(currency + " is not an ISO 4217 currency", e);
        }
        if (digits < 0) { // XAU, XDR: no minor unit, nothing a buyer is refunded in
            throw new IllegalArgumentException(currency + " has no minor unit");
        }
        return digits;
    }
}
