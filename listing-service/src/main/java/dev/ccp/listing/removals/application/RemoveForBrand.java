package dev.ccp.listing.removals.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Remove these listings (up to 500) as counterfeits of the brand, for a reason and on evidence. */
public record RemoveForBrand(List<String> listingIds, String reason, JsonNode evidence) {
}
