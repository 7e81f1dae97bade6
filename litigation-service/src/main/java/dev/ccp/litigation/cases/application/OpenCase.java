package dev.ccp.litigation.cases.application;

import java.util.List;

/** What a case is opened with, as received (validated by {@link OpeningCase}). */
public record OpenCase(String title, List<String> brandIds, List<String> sellerIds, List<DefendantInput> defendants) {
}
