package dev.ccp.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"173.97,EUR,17397", "0.01,EUR,1", "26.3,EUR,2630", "1500,JPY,1500", "12.345,BHD,12345",
            "9999999999999.99,EUR,999999999999999"})
    void readsTheDecimalStringInTheCurrencysMinorUnits(String amount, String currency, long minorUnits) {
        assertThat(Money.parse(amount, currency)).isEqualTo(new Money(minorUnits, currency));
    }

    @ParameterizedTest
    @CsvSource({"17397,EUR,173.97", "2630,EUR,26.30", "1500,JPY,1500", "5,BHD,0.005"})
    void writesTheCurrencysOwnFractionDigits(long minorUnits, String currency, String decimal) {
        assertThat(new Money(minorUnits, currency).decimal()).isEqualTo(decimal);
    }

    @ParameterizedTest
    @CsvSource({"173.979,EUR", "1.5,JPY", "-1.00,EUR", "0,EUR", "0.00,EUR", "1e3,EUR", "12345678901234,EUR", "' 1.00',EUR",
            "'',EUR", "1.,EUR", ".5,EUR"})
    void refusesAnAmountThatIsNotExactlyPositiveMoneyOfTheCurrency(String amount, String currency) {
        assertThatThrownBy(() -> Money.parse(amount, currency)).isInstanceOf(InvalidMoneyException.class)
                .extracting(e -> ((InvalidMoneyException) e).field()).isEqualTo("amount");
    }

    @ParameterizedTest
    @CsvSource({"eur", "EURO", "ABC", "XXX", "XAU", "''"})
    void refusesWhatIsNotAnIso4217CurrencyOrdersArePaidIn(String currency) {
        assertThatThrownBy(() -> Money.parse("1.00", currency)).isInstanceOf(InvalidMoneyException.class)
                .extracting(e -> ((InvalidMoneyException) e).field()).isEqualTo("currency");
    }
}
