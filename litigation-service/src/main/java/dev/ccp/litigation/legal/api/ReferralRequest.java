package dev.ccp.litigation.legal.api;

/** {@code POST /api/v1/cases/{id}/legal/referrals}: the agency, the jurisdiction it acts in, what it is asked. */
public record ReferralRequest(String agency, String jurisdiction, String summary, String reason) {
}
