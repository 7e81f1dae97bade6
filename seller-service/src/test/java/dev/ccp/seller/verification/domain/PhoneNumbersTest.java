package dev.ccp.seller.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void localFormatsBecomeE164InTheApplicantsCountry() {
        assertThat(PhoneNumbers.toE164("633 310 115", "ES")).contains("+34633310115");
        assertThat(PhoneNumbers.toE164("0695-967454", "NL")).contains("+31695967454");
        assertThat(PhoneNumbers.toE164("015 861 531893", "DE")).contains("+4915861531893");
        assertThat(PhoneNumbers.toE164("06 12 34 56 78", "FR")).contains("+33612345678");
    }

    @Test
    void internationalFormatsIgnoreTheCountry() {
        assertThat(PhoneNumbers.toE164("+31 628 448 561", "ES")).contains("+31628448561");
        assertThat(PhoneNumbers.toE164("0034 633 310 115", "DE")).contains("+34633310115");
    }

    @Test
    void textThatCannotBeAPhoneNumberIsRefused() {
        assertThat(PhoneNumbers.toE164("12", "ES")).isEmpty();
        assertThat(PhoneNumbers.toE164("call me", "ES")).isEmpty();
        assertThat(PhoneNumbers.toE164("612345678", null)).isEmpty();
    }
}
