package dev.ccp.seller.account.domain;

/** Why a decision went the way it did: a stable code for machines, a sentence for people. */
public record Reason(String code, String detail) {
}
