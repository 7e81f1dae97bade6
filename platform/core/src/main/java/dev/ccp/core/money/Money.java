package dev.ccp.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** An amount in minor units (cents) of an ISO 4217 currency: exact, never a binary fraction. */
public record Money(long minorUnits, String currency) {
    /** At most 13 integer and 4 fraction digits (no currency has more): the minor units always fit a long. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,4})?");

    public Money {
        if (minorUnits <= 0) {
            throw new InvalidMoneyException("amount", "must be more than 0");
        }
        digitsOf(currency);
    }

    /** Reads a decimal string such as {@code "173.97"}, with no more fraction digits than the currency has. */
    public static Money parse(String amount, String currency) {
        int digits = digitsOf(currency);
        if (amount == null || !DECIMAL.matcher(amount).matches()) {
            throw new InvalidMoneyException("amount", "must be a decimal number as a string, such as \"173.97\"");
        }
        BigDecimal value = new BigDecimal(amount);
        if (value.scale() > digits) {
            throw new InvalidMoneyException("amount", currency + " has " + digits + " fraction digits");
        }
        if (value.signum() <= 0) {
            throw new InvalidMoneyException("amount", "must be more than 0");
        }
        return new Money(value.movePointRight(digits).longValueExact(), currency);
    }

    /** The decimal string with the currency's own number of fraction digits, e.g. {@code "173.97"}. */
    public String decimal() {
        return BigDecimal.valueOf(minorUnits, digitsOf(currency)).toPlainString();
    }

    private static int digitsOf(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidMoneyException("currency", "must be an ISO 4217 code such as EUR");
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (digits < 0) { // XXX, XAU and the like: not money anyone pays or is awarded
                throw new InvalidMoneyException("currency", currency + " is not a currency money is paid in");
            }
            return digits;
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("currency", currency + " is not an ISO 4217 currency");
        }
    }
}
