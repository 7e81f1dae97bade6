package dev.ccp.seller.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNormaliserTest {

    @Test
    void ibansCompareWithoutSpacesOrCase() {
        assertThat(IdentityNormaliser.bankAccount("NL 36 VG TM 33 21 12 23 54"))
                .isEqualTo(IdentityNormaliser.bankAccount("nl36vgtm3321122354"));
    }

    @Test
    void taxIdsCompareWithoutSeparatorsAndWithOrWithoutTheVatPrefix() {
        assertThat(IdentityNormaliser.taxId("NL3375632-39B01")).isEqualTo(IdentityNormaliser.taxId("337563239B01"));
        assertThat(IdentityNormaliser.taxId("PT0.754.182.48")).isEqualTo(IdentityNormaliser.taxId("PT075418248"));
        assertThat(IdentityNormaliser.taxId("ESB66166627")).isEqualTo(IdentityNormaliser.taxId("B661 66627"));
        assertThat(IdentityNormaliser.taxId("B66166627")).isEqualTo("B66166627");
    }

    @Test
    void documentNumbersCompareWithoutSeparatorsWithinTheirCountry() {
        assertThat(IdentityNormaliser.document("ES", "P U 4 3 9 1 9 8 8")).isEqualTo(IdentityNormaliser.document("ES", "PU4391988"));
        assertThat(IdentityNormaliser.document("NL", "WT6-488587")).isNotEqualTo(IdentityNormaliser.document("BE", "WT6488587"));
    }

    @Test
    void phonesCompareInE164() {
        assertThat(IdentityNormaliser.phone("0695-967454", "FR")).isEqualTo(IdentityNormaliser.phone("+33695967454", "FR"));
        assertThat(IdentityNormaliser.phone("+34 633 310 115", "ES")).isEqualTo(IdentityNormaliser.phone("633 310 115", "ES"));
    }

    @Test
    void emailsFollowTheirProvidersRules() {
        assertThat(IdentityNormaliser.email("WEBER.PAUL5@t-online.de")).isEqualTo("weber.paul5@t-online.de");
        assertThat(IdentityNormaliser.email("Sergio.Sanchez+new@gmail.com")).isEqualTo("sergiosanchez@gmail.com");
    }

    @Test
    void addressesCompareWithoutCaseAccentsEszettOrStreetAbbreviations() {
        assertThat(IdentityNormaliser.address("HAUPTSTRASSE 145", "10667", "DE"))
                .isEqualTo(IdentityNormaliser.address("Hauptstraße 145", "10667", "DE"));
        assertThat(IdentityNormaliser.address("C/ Mayor, 5", "03001", "ES"))
                .isEqualTo(IdentityNormaliser.address("Calle Mayor 5", "03 001", "ES"));
        assertThat(IdentityNormaliser.address("Calle Mayor 5", "03001", "ES"))
                .isNotEqualTo(IdentityNormaliser.address("Calle Mayor 7", "03001", "ES"));
    }

    @Test
    void namesLoseAccentsAndCase() {
        assertThat(TextNormaliser.fold("Sánchez  Dépôt S.L.")).isEqualTo("sanchez depot s l");
    }
}
