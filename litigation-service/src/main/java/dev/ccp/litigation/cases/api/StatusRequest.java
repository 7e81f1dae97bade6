package dev.ccp.litigation.cases.api;

/** {@code POST /api/v1/cases/{id}/status}: the status to move to and why. */
public record StatusRequest(String status, String note) {
}
