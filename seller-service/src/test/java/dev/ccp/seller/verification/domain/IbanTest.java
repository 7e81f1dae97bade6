package dev.ccp.seller.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"ES91 2100 0418 4502 0005 1332", "es9121000418450200051332", "DE89-3704-0044-0532-0130-00",
            "NL91.ABNA.0417.1643.00", "FR14 2004 1010 0505 0001 3M02 606", "IT60 X054 2811 1010 0000 0123 456",
            "PT50 0002 0123 1234 5678 9015 4"})
    void acceptsValidIbansWrittenAnyWay(String iban) {
        assertThat(Iban.problem(iban)).isEmpty();
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(Iban.problem("ES92 2100 0418 4502 0005 1332")).get().asString().contains("mod-97");
    }

    @Test
    void rejectsAWrongLengthForTheCountry() {
        assertThat(Iban.problem("DE89 3704 0044 0532 0130 0")).get().asString().contains("22 characters");
    }

    @Test
    void rejectsWhatIsNotAnIbanAtAll() {
        assertThat(Iban.problem("hello")).isPresent();
        assertThat(Iban.problem("ZZ12 3456 7890 1234")).get().asString().contains("does not issue");
    }

    @Test
    void normalFormIsUpperCaseWithoutSeparators() {
        assertThat(Iban.normalise(" es91 2100-0418.4502 0005 1332 ")).isEqualTo("ES9121000418450200051332");
    }
}
