package dev.ccp.takedown.statements.api;

import dev.ccp.takedown.statements.domain.TransparencyDatabaseEntry;
import java.util.List;

/**
 * One page of the export: {@code statements} is, as it stands, the body of the DSA Transparency Database's batch
 * endpoint ({@code POST /api/v1/statements}, 1 to 100 statements). Pages count from 0, as everywhere here.
 */
public record TransparencyDatabaseBatch(List<TransparencyDatabaseEntry> statements, int page, int size, long total) {
}
