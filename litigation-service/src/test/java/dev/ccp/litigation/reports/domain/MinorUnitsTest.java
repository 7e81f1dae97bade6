package dev.ccp.litigation.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {
    @Test
    void amountsBecomeMinorUnitsByTheCurrencysOwnDigitsAndBackExactly() {
        assertThat(MinorUnits.of(new BigDecimal("173.97"), "EUR")).isEqualTo(17397);
        assertThat(MinorUnits.of(new BigDecimal("5"), "USD")).isEqualTo(500);
        assertThat(MinorUnits.of(new BigDecimal("1200"), "JPY")).isEqualTo(1200);
        assertThat(MinorUnits.of(new BigDecimal("1.234"), "BHD")).isEqualTo(1234);
        assertThat(MinorUnits.decimal(18400, "EUR")).isEqualTo("184.00");
        assertThat(MinorUnits.decimal(1200, "JPY")).isEqualTo("1200");
        assertThat(MinorUnits.decimal(1234, "BHD")).isEqualTo("1.234");
        assertThat(MinorUnits.decimal(5, "EUR")).isEqualTo("0.05");
    }

    @Test
    void anAmountThatIsNotAWholeNumberOfMinorUnitsOrAnUnknownCurrencyIsRefused() {
        assertThatThrownBy(() -> MinorUnits.of(new BigDecimal("0.001"), "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinorUnits.of(new BigDecimal("1.5"), "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinorUnits.of(new BigDecimal("1"), "EURO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinorUnits.of(new BigDecimal("1"), "XAU")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinorUnits.of(new BigDecimal("-1"), "EUR")).isInstanceOf(IllegalArgumentException.class);
    }
}
