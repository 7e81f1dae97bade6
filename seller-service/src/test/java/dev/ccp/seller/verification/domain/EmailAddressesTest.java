package dev.ccp.seller.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"julie.martin.free.fr", "elena@@gmail.com", "max@gmail", "a b@x.de", "@x.de", "x@.de"})
    void malformedAddressesAreRefused(String email) {
        assertThat(EmailAddresses.problem(email)).get().asString().contains("not a valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x@mailinator.com", "x@YOPMAIL.com", "x@eu.guerrillamail.com", "x@10minutemail.com"})
    void disposableProvidersAreRefusedWithSubdomainsAndAnyCase(String email) {
        assertThat(EmailAddresses.problem(email)).get().asString().contains("disposable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lotte.dejong@ziggo.nl", "o'brien+shop@example.ie", "x@sub.domain.co.uk"})
    void ordinaryAddressesPass(String email) {
        assertThat(EmailAddresses.problem(email)).isEmpty();
    }

    @Test
    void gmailIgnoresCaseDotsAndTags() {
        assertThat(EmailAddresses.normalise("Sanchez.Sergio8+shop@GMail.com")).isEqualTo("sanchezsergio8@gmail.com");
        assertThat(EmailAddresses.normalise("s.sergio@googlemail.com")).isEqualTo("ssergio@gmail.com");
    }

    @Test
    void otherProvidersKeepTheirDotsAndTags() {
        assertThat(EmailAddresses.normalise("Paula.Torres+x@Outlook.es")).isEqualTo("paula.torres+x@outlook.es");
    }
}
