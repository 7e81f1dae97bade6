package dev.ccp.listing.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.listing.screening.domain.BrandProfile.Product;
import dev.ccp.listing.screening.domain.ListingScreener.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each signal on a made-up brand: Zorvex watches (floor 4,000 EUR), authorised seller "shop-z". */
class ListingScreenerTest {
    private static final long REFERENCE = 0x4ab2bbd832e67630L;
    private final ListingScreener screener = new ListingScreener(List.of(new BrandProfile("zorvex", "Zorvex",
            List.of("Zorvex", "Deepmaster"), Set.of("shop-z"),
            List.of(new Product("zx-diver", "Deepmaster diver watch", "watches", List.of("helium valve", "wave dial", "diver"),
                    new BigDecimal("4000.00"), "EUR", List.of(REFERENCE))))), ScreeningRules.defaults());

    @Test
    void anAuthorisedRetailerAtAFairPriceIsPublished() {
        var s = screen("shop-z", "Zorvex Deepmaster diver watch", "", "Zorvex", "watches", "4300.00", 12, REFERENCE);
        assertThat(s.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(codes(s)).contains("AUTHORISED_SELLER");
    }

    @Test
    void theBrandNamedByAnUnauthorisedSellerFarBelowTheFloorIsBlocked() {
        var s = screen("shop-x", "Zorvex Deepmaster diver watch", "", "", "watches", "310.00", 40);
        assertThat(s.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(codes(s)).contains("BRAND_TERM_UNAUTHORISED", "PRICE_FAR_BELOW_FLOOR", "UNAUTHORISED_STOCK");
        assertThat(s.signals()).filteredOn(x -> x.code().equals("PRICE_FAR_BELOW_FLOOR"))
                .first().extracting(Signal::detail).asString().contains("8 %").contains("4000.00 EUR");
    }

    @Test
    void aDisguisedBrandIsHeldEvenAtAPlausiblePrice() {
        var s = screen("shop-x", "Z0rv3x automatic watch", "", "", "watches", "3900.00", 1);
        assertThat(s.outcome()).isNotEqualTo(Outcome.PUBLISHED);
        assertThat(codes(s)).contains("BRAND_TERM_DISGUISED");
    }

    @Test
    void nominativeUseIsPublished() {
        var s = screen("shop-x", "Rubber strap fits Zorvex Deepmaster", "", "Generic", "watches", "19.00", 50);
        assertThat(s.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(codes(s)).containsExactly("NOMINATIVE_USE");
    }

    @Test
    void theBrandWordInACategoryTheBrandDoesNotSellIsAnOrdinaryWord() {
        var s = screen("shop-x", "Zorvex board game for families", "", "", "toys", "25.00", 80);
        assertThat(s.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(codes(s)).containsExactly("BRAND_WORD_OUTSIDE_ITS_CATEGORIES");
    }

    @Test
    void aWordOneSlipAwayFromTheBrandOutsideItsCategoriesIsAnOrdinaryWord() {
        // "Zorvexx" (doubled) and "Zorvx" (dropped letter) in toys: the brand sells watches only
        assertThat(screen("shop-x", "Zorvexx racing cars for kids", "", "", "toys", "25.00", 80).outcome())
                .isEqualTo(Outcome.PUBLISHED);
        assertThat(screen("shop-x", "Zorvx racing cars for kids", "", "", "toys", "25.00", 80).outcome())
                .isEqualTo(Outcome.PUBLISHED);
        // the same slips in the brand's own category are the classic evasion
        assertThat(codes(screen("shop-x", "Zorvexx diver watch", "", "", "watches", "3900.00", 1)))
                .contains("BRAND_TERM_DISGUISED");
        assertThat(codes(screen("shop-x", "Zorvx diver watch", "", "", "watches", "3900.00", 1)))
                .contains("BRAND_TERM_MISSPELLED");
        // deliberate disguise counts anywhere
        assertThat(screen("shop-x", "Z0RV3X racing cars", "", "", "toys", "25.00", 80).outcome())
                .isNotEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void allSignatureTermsWithoutTheBrandFarBelowTheFloorIsBlocked() {
        var s = screen("shop-x", "Helium valve wave dial diver - 18k style", "", "", "watches", "650.00", 100);
        assertThat(s.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(codes(s)).contains("SIGNATURE_TERMS_WITHOUT_BRAND", "PRICE_FAR_BELOW_FLOOR");
        assertThat(screen("shop-x", "Diver watch with wave dial", "", "", "watches", "650.00", 100).outcome())
                .as("part of the signature terms is ordinary").isEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void oneItemAtAPlausiblePriceWeighsAsAResaleWhateverItsWords() {
        var single = screen("shop-x", "Zorvex Deepmaster diver watch, box and papers", "", "", "watches", "3100.00", 1);
        assertThat(single.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(single.signals()).filteredOn(x -> x.code().equals("BRAND_TERM_UNAUTHORISED")).singleElement()
                .satisfies(x -> assertThat(x.weight()).isEqualTo(ScreeningRules.defaults().brandPlainResale()));
        // proof of purchase does not excuse an implausible price
        var cheap = screen("shop-x", "Zorvex Deepmaster diver watch with receipt", "", "", "watches", "150.00", 1);
        assertThat(codes(cheap)).contains("PRICE_FAR_BELOW_FLOOR");
        assertThat(cheap.outcome()).isNotEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void nominativeUseIsRecognisedByItsStructureNotAPhraseList() {
        for (String title : List.of("Leather strap designed for use with the Zorvex Deepmaster",
                "Charging dock that works with Zorvex Z40 watches", "Zorvex-compatible spring bars, 20 mm",
                "Watch winder box. Not affiliated with or endorsed by Zorvex", "Zorvex replacement crystal glass",
                "Bezel insert suitable for Zorvex Deepmaster")) {
            var s = screen("shop-x", title, "", "Generic", "watches", "19.00", 50);
            assertThat(s.outcome()).as(title).isEqualTo(Outcome.PUBLISHED);
            assertThat(codes(s)).as(title).doesNotContain("BRAND_TERM_UNAUTHORISED", "UNAUTHORISED_STOCK");
        }
        // the brand as the thing sold is not nominative, nor is a mark on the goods
        assertThat(screen("shop-x", "Zorvex Deepmaster diver watch for men", "", "", "watches", "310.00", 40).outcome())
                .isEqualTo(Outcome.BLOCKED);
        assertThat(screen("shop-x", "Steel watch with Zorvex logo", "", "", "watches", "310.00", 40).outcome())
                .isNotEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void aDenialMakesTheBrandAnObjectOnlyWhenItDeniesARelation() {
        // "not fake", "no box", "no. 7" deny nothing about who makes the goods: the brand is still what is sold
        for (String title : List.of("Zorvex Deepmaster diver watch, not fake, Zorvex quality",
                "Zorvex Deepmaster diver watch no box Zorvex", "Zorvex Deepmaster diver watch no. 7. Zorvex")) {
            assertThat(screen("shop-x", title, "", "", "watches", "310.00", 40).outcome()).as(title)
                    .isEqualTo(Outcome.BLOCKED);
        }
        for (String title : List.of("Watch winder box, not made by Zorvex", "Steel bracelet, no connection to Zorvex")) {
            assertThat(screen("shop-x", title, "", "Generic", "watches", "19.00", 50).outcome()).as(title)
                    .isEqualTo(Outcome.PUBLISHED);
        }
    }

    @Test
    void replicaVocabularyPointingAtABrandIsHeld() {
        var s = screen("shop-x", "Zorvex Deepmaster diver watch 1:1 mirror quality", "", "", "watches", "4100.00", 1);
        assertThat(s.outcome()).isNotEqualTo(Outcome.PUBLISHED);
        assertThat(codes(s)).contains("REPLICA_VOCABULARY");
    }

    @Test
    void replicaWordsInTheirOrdinarySenseWithoutABrandAreNotHeld() {
        for (String title : List.of("1:18 scale replica model car", "Museum copy of a Roman bust, plaster cast",
                "Round bathroom mirror, high quality glass", "Replica fossil skull for classrooms")) {
            var s = screen("shop-x", title, "", "", "toys", "39.00", 20);
            assertThat(s.outcome()).as(title).isEqualTo(Outcome.PUBLISHED);
        }
        assertThat(codes(screen("shop-x", "1:18 scale replica model car", "", "", "toys", "39.00", 20)))
                .containsExactly("REPLICA_VOCABULARY_WITHOUT_BRAND");
    }

    @Test
    void anImageNearTheBrandsReferenceWithoutNamingItIsHeld() {
        long nearby = REFERENCE ^ 0b10101L; // three bits apart
        var s = screen("shop-x", "Automatic diver watch", "", "", "watches", "3950.00", 2, nearby);
        assertThat(s.outcome()).isEqualTo(Outcome.HELD);
        assertThat(codes(s)).containsExactly("IMAGE_NEAR_BRAND_REFERENCE");
        assertThat(screen("shop-x", "Automatic diver watch", "", "", "watches", "3950.00", 2, REFERENCE ^ 0xFFFFFL)
                .outcome()).as("twenty bits apart").isEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void aUsedSingleItemOfTheBrandAtAPlausiblePriceIsPublishedButNotANeverUsedBargain() {
        var resale = screen("shop-x", "Pre-owned Zorvex Deepmaster - good condition", "", "", "watches", "2500.00", 1, REFERENCE);
        assertThat(resale.outcome()).isEqualTo(Outcome.PUBLISHED);
        var bargain = screen("shop-x", "Genuine Zorvex Deepmaster clearance", "Bought as a gift, never used.", "", "watches",
                "290.00", 1);
        assertThat(bargain.outcome()).isEqualTo(Outcome.BLOCKED);
    }

    @Test
    void theSamePhotosAsAConfirmedCounterfeitAreARelistingButTheBrandsOwnPhotoIsNot() {
        CounterfeitMemory memory = new CounterfeitMemory();
        long photo = 0x1234_5678_9abc_def0L;
        memory.remember(new ConfirmedCounterfeit("l-old", "shop-x", Set.of("zorvex"), List.of("diver", "watch"),
                List.of(photo, REFERENCE)));
        ListingScreener withMemory = new ListingScreener(List.of(zorvex()), ScreeningRules.defaults(), memory);

        var relisted = withMemory.screen("l-new", text("shop-y", "Ocean wristwatch for men", "watches", photo ^ 0b101),
                Evidence.none());
        assertThat(relisted.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(codes(relisted)).contains("RELISTED_COUNTERFEIT");
        assertThat(relisted.brandIds()).contains("zorvex");

        // the counterfeit used the brand's own reference photo: an authorised shop's photo is no relisting
        var genuine = withMemory.screen("l-shop", text("shop-z", "Zorvex Deepmaster diver watch", "watches", REFERENCE),
                Evidence.none());
        assertThat(codes(genuine)).doesNotContain("RELISTED_COUNTERFEIT", "IMAGE_OF_CONFIRMED_COUNTERFEIT");
        // and the confirmed listing is not a relisting of itself
        assertThat(codes(withMemory.screen("l-old", text("shop-x", "Diver watch", "watches", photo), Evidence.none())))
                .doesNotContain("RELISTED_COUNTERFEIT");
    }

    @Test
    void aPostSellingAGenericListingAsTheBrandHoldsIt() {
        ListingText generic = text("shop-x", "Black steel diver watch for men", "watches");
        var promoted = screener.screen("l-1", generic, new Evidence(SellerStanding.VERIFIED, List.of(
                new PromotionClaim("p-1", "TIKTOK", "@luxe", "zorvex", "Zorvex vibes for less"))));
        assertThat(promoted.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(codes(promoted)).containsExactly("PROMOTED_AS_UNNAMED_BRAND");
        assertThat(promoted.signals().get(0).detail()).contains("@luxe").contains("for less");

        // no claim and a caption without a brand: nothing
        assertThat(screener.screen("l-1", generic, new Evidence(SellerStanding.VERIFIED, List.of(
                new PromotionClaim("p-2", "INSTAGRAM", "@cosy", null, "Cosy finds under 50")))).outcome())
                .isEqualTo(Outcome.PUBLISHED);
        // the caption names the brand when the platform did not
        assertThat(codes(screener.screen("l-1", generic, new Evidence(SellerStanding.VERIFIED, List.of(
                new PromotionClaim("p-3", "INSTAGRAM", "@x", null, "My new Zorvex!")))))).contains("PROMOTED_AS_UNNAMED_BRAND");
        // authorised stock promoted by an influencer is fine
        assertThat(screener.screen("l-2", text("shop-z", "Zorvex Deepmaster diver watch", "watches"),
                new Evidence(SellerStanding.VERIFIED, List.of(new PromotionClaim("p-4", "INSTAGRAM", "@ad", "zorvex",
                        "Zorvex new season #ad")))).outcome()).isEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void onlyAVerifiedSellerPublishesAndABarredOneNeverSells() {
        ListingText plain = text("shop-x", "Ceramic mug", "home");
        assertThat(screener.screen("l", plain, new Evidence(SellerStanding.UNKNOWN, List.of())).outcome())
                .isEqualTo(Outcome.HELD);
        assertThat(screener.screen("l", plain, new Evidence(SellerStanding.PENDING_REVIEW, List.of())).outcome())
                .isEqualTo(Outcome.HELD);
        assertThat(screener.screen("l", plain, new Evidence(SellerStanding.SUSPENDED, List.of())).outcome())
                .isEqualTo(Outcome.HELD);
        var closed = screener.screen("l", plain, new Evidence(SellerStanding.CLOSED, List.of()));
        assertThat(closed.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(codes(closed)).containsExactly("SELLER_BARRED");
    }

    @Test
    void whatVerificationFoundOnASellerWeighsALittleButNeverDecidesAlone() {
        var risky = screener.screen("l", text("shop-x", "Ceramic mug", "home"), new Evidence(SellerStanding.VERIFIED, 15,
                List.of("SAME_NAME_AS_BARRED_ACCOUNT"), List.of()));
        assertThat(risky.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(risky.signals()).singleElement().satisfies(signal -> {
            assertThat(signal.code()).isEqualTo("SELLER_VERIFIED_WITH_RISK");
            assertThat(signal.detail()).contains("15").contains("SAME_NAME_AS_BARRED_ACCOUNT");
        });
        // with an unauthorised brand name on new stock it tips the listing into review
        assertThat(screener.screen("l", new ListingText("shop-x", "Zorvex diver watch", "", "", "watches",
                new BigDecimal("4100.00"), "EUR", 3, List.of()), new Evidence(
                SellerStanding.VERIFIED, 15, List.of("SAME_NAME_AS_BARRED_ACCOUNT"), List.of())).outcome())
                .isEqualTo(Outcome.HELD);
    }

    private static BrandProfile zorvex() {
        return new BrandProfile("zorvex", "Zorvex", List.of("Zorvex", "Deepmaster"), Set.of("shop-z"),
                List.of(new Product("zx-diver", "Deepmaster diver watch", "watches",
                        List.of("helium valve", "wave dial", "diver"), new BigDecimal("4000.00"), "EUR",
                        List.of(REFERENCE))));
    }

    private static ListingText text(String seller, String title, String category, long... images) {
        return new ListingText(seller, title, "", "", category, new BigDecimal("4100.00"), "EUR", 1,
                java.util.Arrays.stream(images).boxed().toList());
    }

    private ListingScreener.Screening screen(String seller, String title, String description, String brand,
            String category, String price, int quantity, long... images) {
        return screener.screen(new ListingText(seller, title, description, brand, category, new BigDecimal(price), "EUR",
                quantity, java.util.Arrays.stream(images).boxed().toList()));
    }

    private static List<String> codes(ListingScreener.Screening screening) {
        return screening.signals().stream().map(Signal::code).toList();
    }
}
