package dev.ccp.core.money;

/** An amount or currency that is not money; {@code field} is {@code amount} or {@code currency}. */
public class InvalidMoneyException extends RuntimeException {
    private final String field;

    public InvalidMoneyException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
