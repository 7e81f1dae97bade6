package dev.ccp.listing.listings.domain;

/**
 * Which right a listing infringes when a moderator finds OTHER_INFRINGEMENT (anything but a counterfeit):
 * TRADEMARK_OTHER, a trademark used without leave on goods that are not fakes of it (a confusingly similar sign,
 * the brand's name on unrelated goods, parallel imports from outside the EEA); COPYRIGHT, the brand's photographs,
 * texts or artwork copied; DESIGN, a registered or unregistered design reproduced; PATENT, a patented invention.
 */
public enum InfringementType { TRADEMARK_OTHER, COPYRIGHT, DESIGN, PATENT }
