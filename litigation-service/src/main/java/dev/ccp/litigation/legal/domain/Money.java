package dev.ccp.litigation.legal.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** An amount in minor units of an ISO 4217 currency: exact, never a binary fraction. */
public record Money(long minorUnits, String currency) {
    /** At most 15 integer and 4 fraction digits: the minor units always fit a long. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,4})?");

    public Money {
        if (minorUnits <= 0) {
            throw new InvalidMoneyException("amount", "must be more than 0");
        }
        fractionDigits(currency);
    }

    /** Reads a decimal string such as {@code "250000.00"}, with no more fraction digits than the currency has. */
    public static Money parse(String amount, String currency) {
        int digits = fractionDigits(currency);
        if (amount == null || !DECIMAL.matcher(amount).matches()) {
            throw new InvalidMoneyException("amount", "must be a decimal number as a string, such as \"250000.00\"");
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

    /** The decimal string with the currency's own number of fraction digits, e.g. {@code "250000.00"}. */
    public String decimal() {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currency)).toPlainString();
    }

    private static int fractionDigits(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidMoneyException("currency", "must be an ISO 4217 code such as EUR");
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (digits < 0) { // XAU, XDR and the like: not what damages are awarded in
                throw new InvalidMoneyException("currency", currency + " is not a currency damages are awarded in");
            }
            return digits;
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("currency", currency + " is not an ISO 4217 currency");
        }
    }

    /** Bad money input; {@code field} is {@code amount} or {@code currency}, relative to the money's own field. */
    public static final class InvalidMoneyException extends IllegalArgumentException {
        private final String field;

        InvalidMoneyException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
