package dev.ccp.listing.reports.domain;

/** What a brand says is wrong with the listings it reports. */
public enum ViolationType { COUNTERFEIT, TRADEMARK, COPYRIGHT, DESIGN, OTHER }
