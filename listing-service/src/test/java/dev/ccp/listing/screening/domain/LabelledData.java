package dev.ccp.listing.screening.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.listing.screening.domain.BrandProfile.Product;
import java.math.BigDecimal;
import dev.ccp.listing.support.DataSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The labelled data sets in the checkout's data/, read into screening's own types. */
final class LabelledData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledData() {
    }

    static List<BrandProfile> brands() throws Exception {
        List<BrandProfile> brands = new ArrayList<>();
        for (JsonNode b : JSON.readTree(file("brands.json").toFile())) {
            List<String> words = new ArrayList<>();
            words.add(b.get("name").asText());
            b.get("aliases").forEach(a -> words.add(a.asText()));
            b.get("protectedTerms").forEach(t -> words.add(t.asText()));
            Set<String> authorised = new HashSet<>();
            b.get("authorizedSellers").forEach(s -> authorised.add(s.asText()));
            List<Product> products = new ArrayList<>();
            for (JsonNode p : b.get("products")) {
                List<String> terms = new ArrayList<>();
                p.get("signatureTerms").forEach(t -> terms.add(t.asText()));
                List<Long> images = new ArrayList<>();
                p.get("referenceImageHashes").forEach(h -> images.add(Long.parseUnsignedLong(h.asText(), 16)));
                products.add(new Product(p.get("sku").asText(), p.get("name").asText(), p.get("category").asText(), terms,
                        new BigDecimal(p.at("/minPrice/amount").asText()), p.at("/minPrice/currency").asText(), images));
            }
            brands.add(new BrandProfile(b.get("key").asText(), b.get("name").asText(), words, authorised, products));
        }
        return brands;
    }

    static ListingText listing(JsonNode row) {
        List<Long> images = new ArrayList<>();
        row.get("imageHashes").forEach(h -> images.add(Long.parseUnsignedLong(h.asText(), 16)));
        return new ListingText(row.get("sellerKey").asText(), row.get("title").asText(), row.get("description").asText(),
                row.get("brand").asText(), row.get("category").asText(), new BigDecimal(row.at("/price/amount").asText()),
                row.at("/price/currency").asText(), row.get("quantity").asInt(), images);
    }

    static Path file(String name) {
        return DataSets.file(name);
    }
}
