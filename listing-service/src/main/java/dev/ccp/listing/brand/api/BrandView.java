package dev.ccp.listing.brand.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.domain.Product;
import dev.ccp.listing.brand.domain.RemovalOutcomes;
import dev.ccp.listing.brand.domain.ReportOutcomes;
import dev.ccp.listing.brand.domain.Trademark;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A brand profile as staff and the brand itself read it: what screens now, and a change of the brand's own waiting
 * for staff approval. Staff also see how the brand's reports and removals fared ({@code trackRecord}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BrandView(String id, String key, String name, List<String> aliases, List<String> protectedTerms,
        List<Trademark> trademarks, List<Product> products, List<String> authorizedSellers,
        @Schema(description = "Staff granted self-service removal (it may be suspended: see removalPrivilege)")
        boolean selfServiceRemoval,
        RemovalPrivilege removalPrivilege,
        @Schema(description = "The brand's own change to what screening protects, not screening until staff approve it")
        BrandChangeView pendingChange,
        @Schema(description = "Staff only: how the brand's reports and self-service removals fared")
        TrackRecord trackRecord,
        Instant createdAt, Instant updatedAt) {

    /** @param active granted and not suspended: the brand may remove listings now */
    public record RemovalPrivilege(boolean granted, boolean active, Instant grantedAt, Instant suspendedAt,
            String suspension) {
    }

    public record TrackRecord(ReportOutcomes.Record reports, RemovalOutcomes.Record removals) {
    }

    public static BrandView of(Brand brand) {
        return of(brand, null, null);
    }

    public static BrandView of(Brand brand, BrandChange pending, TrackRecord trackRecord) {
        return new BrandView(brand.id, brand.key, brand.name, brand.aliases, brand.protectedTerms, brand.trademarks,
                brand.products, brand.authorizedSellers, brand.selfServiceRemoval,
                new RemovalPrivilege(brand.selfServiceRemoval, brand.mayRemoveListings(),
                        brand.removalPrivilegeGrantedAt, brand.removalPrivilegeSuspendedAt,
                        brand.removalPrivilegeSuspension),
                pending == null ? null : BrandChangeView.of(pending), trackRecord, brand.createdAt, brand.updatedAt);
    }
}
