package dev.ccp.litigation.cases.application;

import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.domain.StatusChange;
import java.util.List;

/** A case with its audit trail, as read. */
public record CaseRecord(LitigationCase litigationCase, List<StatusChange> history) {
}
