package dev.ccp.listing.brand.api;

import dev.ccp.contracts.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A price as the data sets write it: {@code {"amount": "12.99", "currency": "EUR"}}. */
@Schema(description = "An amount as a decimal string and an ISO 4217 currency")
public record MoneyRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "12.99")
        BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }
}
