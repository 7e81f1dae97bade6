package dev.ccp.listing.screening.domain;

import dev.ccp.listing.screening.domain.BrandProfile.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screens a listing before it is published: each signal adds its weight and says why; the sum decides PUBLISHED,
 * HELD for review or BLOCKED. Brands are indexed once (terms, signature terms, reference images), so a listing
 * costs the same whatever the number of brands, except the image comparison, which is a scan of 64-bit words.
 */
public final class ListingScreener {

    public enum Outcome { PUBLISHED, HELD, BLOCKED }

    /** @param brandIds the brands the evidence concerns (named, described, pictured or claimed) */
    public record Screening(Outcome outcome, int score, List<Signal> signals, Set<String> brandIds) {
    }

    private record Reference(long hash, BrandProfile brand, Product product) {
    }

    private final ScreeningRules rules;
    private final Map<String, BrandProfile> brands = new HashMap<>();
    private final BrandTermMatcher matcher;
    private final Map<String, List<Product>> productsBySignatureTerm = new HashMap<>();
    private final Map<Product, List<String>> signatureOf = new HashMap<>();
    private final Map<String, Integer> termFrequency = new HashMap<>();
    private final Map<Product, BrandProfile> brandOf = new HashMap<>();
    private final ImageIndex<Reference> references = new ImageIndex<>();
    private final int maxSignatureWords;
    private final CounterfeitMemory counterfeits;
    private final EvidenceSignals evidenceSignals;

    public ListingScreener(List<BrandProfile> profiles, ScreeningRules rules) {
        this(profiles, rules, new CounterfeitMemory());
    }

    public ListingScreener(List<BrandProfile> profiles, ScreeningRules rules, CounterfeitMemory counterfeits) {
        this.rules = rules;
        this.counterfeits = counterfeits;
        List<ProtectedTerm> terms = new ArrayList<>();
        int words = 1;
        for (BrandProfile brand : profiles) {
            brands.put(brand.brandId(), brand);
            brand.protectedWords().forEach(w -> terms.add(new ProtectedTerm(brand.brandId(), w)));
            for (Product product : brand.products()) {
                brandOf.put(product, brand);
                List<String> folded = product.signatureTerms().stream().map(Words::fold).filter(t -> !t.isEmpty())
                        .distinct().toList();
                if (!folded.isEmpty()) {
                    signatureOf.put(product, folded);
                }
                for (String term : folded) {
                    termFrequency.merge(term, 1, Integer::sum);
                    words = Math.max(words, term.split(" ").length);
                }
                product.referenceImages().forEach(h -> references.add(h, new Reference(h, brand, product)));
            }
        }
        // Each product is filed under its rarest signature term only: "bag" may describe a thousand products,
        // but a listing is checked against just those whose rarest term it contains.
        signatureOf.forEach((product, signature) -> productsBySignatureTerm.computeIfAbsent(
                signature.stream().min(java.util.Comparator.comparing(termFrequency::get)).orElseThrow(),
                k -> new ArrayList<>()).add(product));
        this.matcher = new BrandTermMatcher(terms);
        this.evidenceSignals = new EvidenceSignals(rules, brands, matcher);
        this.maxSignatureWords = words;
    }

    public Screening screen(ListingText listing) {
        return screen(null, listing, Evidence.none());
    }

    /** @param listingId the listing's id once stored (so it is not taken for a relisting of itself), or null */
    public Screening screen(String listingId, ListingText listing, Evidence evidence) {
        List<Signal> signals = new ArrayList<>();
        List<String> words = Words.of(listing.text());
        Set<String> phrases = new HashSet<>(Words.phrases(words, Math.max(maxSignatureWords, 3)));
        // "bought as a gift, never used" is the opposite of resale
        boolean negated = phrases.contains("never used") || phrases.contains("not used") || phrases.contains("unused");
        boolean saidUsed = !negated && rules.resaleWords().stream().anyMatch(phrases::contains) && listing.quantity() <= 1;
        // Proof of purchase makes one item a resale too, but its price must still be plausible.
        boolean resale = saidUsed || (!negated && listing.quantity() <= 1
                && rules.resaleProof().stream().anyMatch(phrases::contains));

        Map<String, List<TermHit>> hitsByBrand = new LinkedHashMap<>();
        for (TermHit hit : matcher.find(listing.descriptionText(), listing.titleAndBrand())) {
            hitsByBrand.computeIfAbsent(hit.term().brandId(), k -> new ArrayList<>()).add(hit);
        }
        Set<String> claimedBrands = new HashSet<>();
        if (listing.brandField() != null && !listing.brandField().isBlank()) {
            matcher.find(listing.brandField()).forEach(h -> claimedBrands.add(h.term().brandId()));
        }
        Set<String> priced = new HashSet<>();
        for (var entry : hitsByBrand.entrySet()) {
            BrandProfile brand = brands.get(entry.getKey());
            List<TermHit> hits = entry.getValue();
            TermHit strongest = hits.stream().min(java.util.Comparator.comparing(ListingScreener::strength)).orElseThrow();
            if (brand.authorizedSellers().contains(listing.sellerId())) {
                signals.add(new Signal("AUTHORISED_SELLER", 0, listing.sellerId() + " is authorised to sell " + brand.name(),
                        brand.brandId()));
                continue;
            }
            boolean claimed = claimedBrands.contains(brand.brandId());
            if (strongest.how() == TermHit.How.PLAIN && !claimed && hits.stream().anyMatch(h -> nominative(words, h.found(), hits))) {
                signals.add(new Signal("NOMINATIVE_USE", 0, "names " + brand.name() + " to describe compatibility",
                        brand.brandId()));
                continue;
            }
            boolean brandCategory = brand.products().stream().anyMatch(p -> p.category().equalsIgnoreCase(listing.category()));
            if (strongest.how() == TermHit.How.SOUND_ALIKE && !brandCategory) {
                continue; // a word that merely sounds like the brand, where the brand sells nothing: an ordinary word
            }
            // Outside the brand's categories a plain word, a one-letter slip or a doubled letter ("travel",
            // "4-channel mixer") is far more likely an ordinary word than the brand; deliberate disguise is not.
            if (!brandCategory && !claimed && (strongest.how() != TermHit.How.DISGUISED
                    || onlyDoubledLetters(strongest.found(), brand))) {
                signals.add(new Signal("BRAND_WORD_OUTSIDE_ITS_CATEGORIES", rules.brandWordElsewhere(), "uses the word \""
                        + strongest.found() + "\" in " + listing.category() + ", where " + brand.name()
                        + " sells nothing: likely the ordinary word", brand.brandId()));
                continue;
            }
            // One item at no less than half the floor is how genuine goods are resold, whatever words say so.
            boolean singlePlausible = !resale && listing.quantity() <= 1 && offeredProduct(listing, brand, words)
                    .filter(p -> listing.comparableTo(p) && listing.price().compareTo(
                            p.minPrice().multiply(BigDecimal.valueOf(rules.belowFloor()))) >= 0).isPresent();
            signals.add(brandSignal(strongest, brand, resale ? " (offered as a used single item)"
                    : singlePlausible ? " (one item at a plausible price)" : null));
            if (brandCategory && !resale && listing.quantity() >= rules.stockQuantity()
                    && strongest.how() != TermHit.How.SOUND_ALIKE) {
                signals.add(new Signal("UNAUTHORISED_STOCK", rules.unauthorisedStock(), listing.quantity()
                        + " new units of " + brand.name() + " from a seller the brand has not authorised", brand.brandId()));
            }
            priceBelowFloor(listing, brand, saidUsed, words).ifPresent(s -> {
                signals.add(s);
                priced.add(brand.brandId());
            });
        }
        Set<String> named = hitsByBrand.keySet();

        for (Product product : productsWithAllSignatureTerms(phrases)) {
            BrandProfile brand = brandOf.get(product);
            if (named.contains(brand.brandId()) || brand.authorizedSellers().contains(listing.sellerId())) {
                continue; // the brand is named: the brand signal speaks for it
            }
            signals.add(new Signal("SIGNATURE_TERMS_WITHOUT_BRAND", rules.signatureTerms(), "describes " + brand.name()
                    + " " + product.name() + " by its signature terms " + product.signatureTerms() + " without naming it",
                    brand.brandId()));
            if (!priced.contains(brand.brandId())) {
                priceSignal(listing, brand, product, saidUsed).ifPresent(signal -> {
                    signals.add(signal);
                    priced.add(brand.brandId());
                });
            }
        }


        imageNearReference(listing).ifPresent(ref -> {
            // A genuine item's photo looks like the brand's own; it only tells when the brand goes unnamed.
            boolean brandNamed = named.contains(ref.brand().brandId());
            signals.add(new Signal(brandNamed ? "IMAGE_OF_NAMED_BRAND" : "IMAGE_NEAR_BRAND_REFERENCE",
                    brandNamed ? rules.imageOfNamedBrand() : rules.imageNearReference(), "an image is within "
                    + rules.imageHamming() + " bits of a reference image of " + ref.brand().name() + " "
                    + ref.product().name() + (brandNamed ? ", the brand the listing names" : ", which the listing does not name"),
                    ref.brand().brandId()));
            if (!priced.contains(ref.brand().brandId())) {
                priceSignal(listing, ref.brand(), ref.product(), saidUsed).ifPresent(signals::add);
            }
        });

        Set<String> concerned = new java.util.LinkedHashSet<>();
        relisting(listingId, listing, words).ifPresent(relisting -> {
            signals.add(relisting.signal());
            concerned.addAll(relisting.counterfeit().brandIds());
        });
        for (PromotionClaim claim : evidence.promotions()) {
            evidenceSignals.promotion(claim, listing, named).ifPresent(signals::add);
        }
        evidence.reports().stream().collect(java.util.stream.Collectors.toMap(BrandReport::brandId, r -> r, (a, b) -> a,
                LinkedHashMap::new)).values()
                .forEach(report -> evidenceSignals.report(report).ifPresent(signals::add));
        evidenceSignals.seller(listing, evidence).ifPresent(signals::add);
        replicaVocabulary(phrases, signals).ifPresent(signals::add);
        signals.stream().filter(s -> s.weight() > 0 && s.brandId() != null).forEach(s -> concerned.add(s.brandId()));

        int score = Math.min(100, signals.stream().mapToInt(Signal::weight).sum());
        Outcome outcome = score >= rules.blockedFrom() ? Outcome.BLOCKED
                : score >= rules.heldFrom() ? Outcome.HELD : Outcome.PUBLISHED;
        // Only a verified seller publishes, whatever the listing says; a barred one never sells again.
        if (evidence.seller().barred()) {
            outcome = Outcome.BLOCKED;
        } else if (evidence.seller() != SellerStanding.VERIFIED && outcome == Outcome.PUBLISHED) {
            outcome = Outcome.HELD;
        }
        concerned.remove(null);
        return new Screening(outcome, score, List.copyOf(signals), Set.copyOf(concerned));
    }

    private record Relisting(Signal signal, ConfirmedCounterfeit counterfeit) {
    }

    /**
     * "Replica", "1:1", "mirror", "copy" have ordinary senses (a scale model, a museum cast, a bathroom mirror): the
     * words weigh fully only when the listing also points at a brand (its words in the brand's categories, its
     * signature terms, its photos, a promotion, a confirmed counterfeit's photos).
     */
    private java.util.Optional<Signal> replicaVocabulary(Set<String> phrases, List<Signal> signals) {
        String phrase = rules.replicaPhrases().stream().filter(phrases::contains).findFirst().orElse(null);
        if (phrase == null) {
            return java.util.Optional.empty();
        }
        boolean brandEvidence = signals.stream().anyMatch(s -> s.weight() > 0 && s.brandId() != null
                && !s.code().equals("BRAND_WORD_OUTSIDE_ITS_CATEGORIES"));
        return java.util.Optional.of(brandEvidence
                ? new Signal("REPLICA_VOCABULARY", rules.replicaVocabulary(),
                        "calls itself \"" + phrase + "\" and points at a brand: sellers of genuine goods do not")
                : new Signal("REPLICA_VOCABULARY_WITHOUT_BRAND", rules.replicaVocabularyAlone(), "uses \"" + phrase
                        + "\" but nothing points at a brand: the word may have its ordinary sense (a model, a copy"
                        + " of a work, a mirror)"));
    }

    /**
     * The same goods as a confirmed counterfeit: its photos again. A counterfeit's image that is near a brand's
     * own reference photo proves nothing (counterfeiters use the brand's photos, and so do authorised shops).
     */
    private java.util.Optional<Relisting> relisting(String listingId, ListingText listing, List<String> words) {
        if (counterfeits.size() == 0 || listing.imageHashes().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Long> images = listing.imageHashes().stream().filter(image -> !nearAnyReference(image)).toList();
        return counterfeits.near(listingId, images, words, rules.relistHamming()).stream()
                .filter(m -> m.counterfeit().brandIds().stream().noneMatch(b -> authorised(b, listing.sellerId())))
                .max(java.util.Comparator.comparingInt(CounterfeitMemory.Match::imagesNear)
                        .thenComparing(CounterfeitMemory.Match::closestDistance, java.util.Comparator.reverseOrder()))
                .map(m -> {
                    boolean all = m.imagesNear() == images.size();
                    String names = m.counterfeit().brandIds().stream().map(brands::get)
                            .filter(java.util.Objects::nonNull).map(BrandProfile::name).sorted()
                            .collect(java.util.stream.Collectors.joining(", "));
                    return new Relisting(new Signal(all ? "RELISTED_COUNTERFEIT" : "IMAGE_OF_CONFIRMED_COUNTERFEIT",
                            all ? rules.relisted() : rules.relistedPartly(),
                            (all ? "every image" : m.imagesNear() + " of " + images.size() + " images")
                                    + " within " + m.closestDistance() + " bits of the photos of confirmed counterfeit "
                                    + m.counterfeit().listingId() + (names.isEmpty() ? "" : " (" + names + ")")
                                    + (m.counterfeit().sellerId().equals(listing.sellerId()) ? ", same seller"
                                            : ", another seller") + ", "
                                    + Math.round(m.sharedWords() * 100) + " % of its words",
                            m.counterfeit().brandIds().stream().findFirst().orElse(null)), m.counterfeit());
                });
    }

    private boolean nearAnyReference(long image) {
        boolean[] near = {false};
        references.near(image, rules.imageHamming(), (ref, distance) -> near[0] = true);
        return near[0];
    }

    private boolean authorised(String brandId, String sellerId) {
        BrandProfile brand = brands.get(brandId);
        return brand != null && brand.authorizedSellers().contains(sellerId);
    }

    /** Brands whose protected words appear in a free text (a post's caption, a claimed brand), strongest first. */
    public List<String> brandsNamedIn(String text) {
        return matcher.find(text).stream().map(h -> h.term().brandId()).distinct().toList();
    }

    /** "Channel" for "Chanel": plain lower- or title-case letters that differ from a brand word only by doubling. */
    private static boolean onlyDoubledLetters(String found, BrandProfile brand) {
        if (!found.matches("[A-Za-z ]+") || !(found.equals(found.toLowerCase(java.util.Locale.ROOT))
                || found.substring(1).equals(found.substring(1).toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        String collapsed = collapse(found);
        return brand.protectedWords().stream().anyMatch(w -> collapse(w).equals(collapsed));
    }

    private static String collapse(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "").replaceAll("(.)\\1+", "$1");
    }

    private static int strength(TermHit hit) {
        return switch (hit.how()) {
            case DISGUISED -> 0;
            case TYPO -> 1;
            case PLAIN -> 2;
            case SOUND_ALIKE -> 3;
        };
    }

    /** @param resale why the listing looks like a resale of one item, or null */
    private Signal brandSignal(TermHit hit, BrandProfile brand, String resale) {
        return switch (hit.how()) {
            case PLAIN -> new Signal("BRAND_TERM_UNAUTHORISED", resale != null ? rules.brandPlainResale() : rules.brandPlain(),
                    "names " + brand.name() + " (\"" + hit.found() + "\") and the seller is not one of its authorised sellers"
                            + (resale != null ? resale : ""), brand.brandId());
            case DISGUISED -> new Signal("BRAND_TERM_DISGUISED", rules.brandDisguised(), "writes " + brand.name()
                    + " in disguise (\"" + hit.found() + "\"): look-alike letters, digits, separators, odd accents or case",
                    brand.brandId());
            case TYPO -> new Signal("BRAND_TERM_MISSPELLED", rules.brandTypo(), "writes " + brand.name()
                    + " with one letter dropped, added or swapped (\"" + hit.found() + "\")", brand.brandId());
            case SOUND_ALIKE -> new Signal("BRAND_TERM_SOUND_ALIKE", rules.brandSoundAlike(), "writes a word that sounds"
                    + " like " + brand.name() + " (\"" + hit.found() + "\") in a category the brand sells", brand.brandId());
        };
    }

    /**
     * Nominative use, by its structure: the brand is the object the product serves, fits or goes with. A relation
     * word comes before it ("case for", "fits", "compatible with", "designed for use with the"), with only
     * closed-class words between; or a preposition does and a model follows ("with Zorvex Z40", "to Zorvex
     * Deepmaster"); or a denial of a relation comes shortly before ("not affiliated with", "not made by", but never
     * "not fake" or "no box": the denial must reach the brand through a relation word); or a relation word
     * follows it at once ("Zorvex-compatible", "Zorvex replacement strap").
     */
    private boolean nominative(List<String> words, String found, List<TermHit> brandHits) {
        List<String> termWords = Words.of(found);
        if (termWords.isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.subList(i, Math.min(words.size(), i + termWords.size())).equals(termWords)) {
                continue;
            }
            int after = i + termWords.size();
            if (after < words.size() && rules.nominativeAfter().contains(words.get(after))) {
                return true;
            }
            boolean modelFollows = after < words.size() && (model(words.get(after), brandHits)
                    || after + 1 < words.size() && model(words.get(after + 1), brandHits)); // "S 24", "Series 7"
            boolean relates = false; // a denial counts only when it denies a relation: "not fake" or "no box" do not
            for (int back = i - 1; back >= 0 && back >= i - 6; back--) {
                String word = words.get(back);
                if (rules.nominativeNegations().contains(word) && relates) {
                    return true; // "not made by", "not affiliated with or endorsed by", "no connection to"
                }
                relates |= isRelationVerb(word) || rules.nominativeCues().contains(word)
                        || rules.nominativePrepositions().contains(word) || "by".equals(word);
            }
            for (int back = i - 1; back >= 0 && back >= i - 5; back--) {
                String word = words.get(back);
                if (rules.nominativeCues().contains(word)
                        || modelFollows && rules.nominativePrepositions().contains(word)) {
                    return true;
                }
                if (!rules.nominativeFillers().contains(word) && !isRelationVerb(word)) {
                    break;
                }
            }
        }
        return false;
    }

    /** A model of the brand: a designation with a digit ("Q5", "S24", "15") or another of the brand's own words. */
    private static boolean model(String word, List<TermHit> brandHits) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return brandHits.stream().anyMatch(h -> Words.of(h.found()).stream().findFirst().filter(word::equals).isPresent());
    }

    /** "affiliated", "endorsed", "designed", "made": past participles and -ing forms that relate, never a product. */
    private static boolean isRelationVerb(String word) {
        return word.length() > 4 && (word.endsWith("ed") || word.endsWith("ing"));
    }

    /**
     * The floor of the product the listing offers: among the brand's products in the listing's category, the one
     * whose name shares most words with the listing (the cheapest when none does). Other categories say nothing.
     */
    private java.util.Optional<Signal> priceBelowFloor(ListingText listing, BrandProfile brand, boolean resale,
            List<String> words) {
        return offeredProduct(listing, brand, words).flatMap(p -> priceSignal(listing, brand, p, resale));
    }

    private java.util.Optional<Product> offeredProduct(ListingText listing, BrandProfile brand, List<String> words) {
        Set<String> listingWords = new HashSet<>(words);
        return brand.products().stream()
                .filter(p -> p.category().equalsIgnoreCase(listing.category()) && listing.comparableTo(p))
                .max(java.util.Comparator.comparingLong((Product p) -> Words.of(p.name()).stream()
                        .filter(w -> w.length() > 1 && listingWords.contains(w)).count())
                        .thenComparing(Product::minPrice, java.util.Comparator.reverseOrder()));
    }

    /** Far below the floor is strong evidence, below half of it moderate; used single items are exempt. */
    private java.util.Optional<Signal> priceSignal(ListingText listing, BrandProfile brand, Product product,
            boolean resale) {
        if (!listing.comparableTo(product) || resale) {
            return java.util.Optional.empty();
        }
        BigDecimal floor = product.minPrice();
        int weight;
        if (listing.price().compareTo(floor.multiply(BigDecimal.valueOf(rules.farBelowFloor()))) < 0) {
            weight = rules.priceFarBelowFloor();
        } else if (listing.price().compareTo(floor.multiply(BigDecimal.valueOf(rules.belowFloor()))) < 0) {
            weight = rules.priceBelowFloor();
        } else {
            return java.util.Optional.empty();
        }
        BigDecimal percent = listing.price().multiply(BigDecimal.valueOf(100));
        BigDecimal share = percent.divide(floor, 0, RoundingMode.HALF_UP);
        if (share.signum() == 0) {
            share = percent.divide(floor, 1, RoundingMode.HALF_UP); // "0.3 %", not "0 %"
        }
        return java.util.Optional.of(new Signal(weight == rules.priceFarBelowFloor() ? "PRICE_FAR_BELOW_FLOOR"
                : "PRICE_BELOW_FLOOR", weight, listing.price().toPlainString() + " " + listing.currency() + " is " + share
                + " % of the lowest genuine price of " + brand.name() + " " + product.name() + " ("
                + floor.toPlainString() + " " + product.currency() + ")", brand.brandId()));
    }

    private List<Product> productsWithAllSignatureTerms(Set<String> phrases) {
        List<Product> complete = new ArrayList<>();
        for (String phrase : phrases) {
            for (Product product : productsBySignatureTerm.getOrDefault(phrase, List.of())) {
                if (phrases.containsAll(signatureOf.get(product))) {
                    complete.add(product);
                }
            }
        }
        return complete;
    }

    private java.util.Optional<Reference> imageNearReference(ListingText listing) {
        Reference[] best = {null};
        int[] bestDistance = {Integer.MAX_VALUE};
        for (long image : listing.imageHashes()) {
            references.near(image, rules.imageHamming(), (ref, distance) -> {
                if (distance < bestDistance[0] && !ref.brand().authorizedSellers().contains(listing.sellerId())) {
                    best[0] = ref;
                    bestDistance[0] = distance;
                }
            });
        }
        return java.util.Optional.ofNullable(best[0]);
    }
}
