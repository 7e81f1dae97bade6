package dev.ccp.litigation.legal.api;

/** {@code POST /api/v1/cases/{id}/legal/referrals/{referralId}/status}: what the agency answered. */
public record ReferralStatusRequest(String status, String note) {
}
