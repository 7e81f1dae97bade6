package dev.ccp.seller.verification.domain;

import static dev.ccp.seller.verification.domain.ShopNames.Relation.EXACT;
import static dev.ccp.seller.verification.domain.ShopNames.Relation.UNRELATED;
import static dev.ccp.seller.verification.domain.ShopNames.Relation.VARIANT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShopNamesTest {

    @ParameterizedTest(name = "''{0}'' is a look-alike of ''{1}''")
    @CsvSource({
            "M0da Outlet, Moda Outlet",       // digits for letters
            "Solbazaar, Sol Bazaar",           // spaces dropped
            "Style Corne, Style Corner",       // a letter dropped
            "Luxe Tradings, Luxe Trading",     // a letter added
            "Casa Sotre, Casa Store",          // neighbours swapped
            "Nova Boutique EU, Nova Boutique", // a short tag appended
            "CASA H0USE, casa house"})
    void perturbedNamesAreVariants(String name, String barred) {
        assertThat(ShopNames.relate(shop(name), shop(barred))).isEqualTo(VARIANT);
    }

    @ParameterizedTest(name = "''{0}'' is a look-alike of ''{1}''")
    @CsvSource(delimiter = ';', value = {
            "Моda Оutlet; Moda Outlet",          // Cyrillic М, О
            "Μοda Οutlet; Moda Outlet",          // Greek Μ, ο, Ο
            "Mȯda Ơutlet; Moda Outlet",          // Latin letters with marks
            "ᴍoda ᴏutlet; Moda Outlet",          // small capitals (IPA block)
            "|\\/|oda ()utlet; Moda Outlet",   // letters drawn in ASCII
            "M@da Out|et; Moda Outlet",          // symbols for letters
            "M•o•d•a O~u~t~l~e~t; Moda Outlet",  // any separator
            "Moodaa Outtlett; Moda Outlet",      // letters doubled
            "Ｍｏｄａ Ｏｕｔｌｅｔ; Moda Outlet"})   // full width
    void namesWrittenInOtherWaysAreVariants(String name, String barred) {
        assertThat(ShopNames.relate(shop(name), shop(barred))).as(shop(name)).isIn(VARIANT, EXACT);
    }

    @ParameterizedTest(name = "''{0}'' is not a look-alike of ''{1}''")
    @CsvSource({
            "Top Corner, Sol Corner",               // another word, not a typo
            "Nova Shop, Moda Shop",
            "Moda Shop Valencia, Moda Shop",        // a city is a real name part, not a tag
            "Casa Store, Velo Depot"})
    void differentNamesAreUnrelated(String name, String barred) {
        assertThat(ShopNames.relate(shop(name), shop(barred))).isEqualTo(UNRELATED);
    }

    @ParameterizedTest
    @CsvSource({"Moda Shop, moda shop", "Brillo Bazaar, BRILLO BAZAAR"})
    void theSameGenericNameIsExactNotAVariant(String name, String barred) {
        assertThat(ShopNames.relate(shop(name), shop(barred))).isEqualTo(EXACT);
    }

    private static String shop(String name) {
        return IdentityNormaliser.shopName(name);
    }
}
