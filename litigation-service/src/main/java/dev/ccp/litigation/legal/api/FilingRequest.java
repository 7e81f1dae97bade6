package dev.ccp.litigation.legal.api;

import dev.ccp.litigation.legal.application.FileSuit;
import java.util.List;

/** {@code POST /api/v1/cases/{id}/legal/filing}. */
public record FilingRequest(String court, String jurisdiction, String docketNumber, String filedOn, List<String> claims,
        List<String> coPlaintiffBrandIds, String reason) {

    FileSuit command() {
        return new FileSuit(court, jurisdiction, docketNumber, filedOn, claims, coPlaintiffBrandIds, reason);
    }
}
