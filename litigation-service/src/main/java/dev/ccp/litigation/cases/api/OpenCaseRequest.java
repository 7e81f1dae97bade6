package dev.ccp.litigation.cases.api;

import dev.ccp.litigation.cases.application.DefendantInput;
import dev.ccp.litigation.cases.application.OpenCase;
import java.util.List;

/** {@code POST /api/v1/cases}: a title, the brands, and the defendants as seller ids or with role and country. */
public record OpenCaseRequest(String title, List<String> brandIds, List<String> sellerIds,
        List<DefendantRequest> defendants) {

    public record DefendantRequest(String sellerId, String role, String country) {
    }

    OpenCase command() {
        return new OpenCase(title, brandIds, sellerIds, defendants == null ? null : defendants.stream()
                .map(d -> d == null ? null : new DefendantInput(d.sellerId(), d.role(), d.country())).toList());
    }
}
