package dev.ccp.litigation.cases.application;

import java.util.List;

/**
 * What seller-service knows of a seller, for grouping a bad-actor cluster and naming its defendants. A port: one
 * adapter asks seller-service; an identity endpoint with contact, address and tax details can replace what it
 * reads today without touching the intake.
 */
public interface SellerDirectory {

    /**
     * The accounts linked to the seller (sharing identity attributes), without the seller itself; empty for a seller
     * seller-service does not know.
     *
     * @throws SellerServiceUnavailableException when seller-service cannot answer now (the event is retried)
     */
    List<LinkedAccount> linksOf(String sellerId);

    /**
     * The seller's identity; fields seller-service does not give are null, and all but {@code sellerId} for a seller
     * it does not know.
     *
     * @throws SellerServiceUnavailableException when seller-service cannot answer now (the event is retried)
     */
    SellerIdentity identityOf(String sellerId);

    record LinkedAccount(String sellerId, String status, List<String> sharedAttributes) {
    }

    record Address(String line1, String city, String postalCode, String country) {
    }

    record SellerIdentity(String sellerId, String legalName, String displayName, String country, String status,
            String email, String phone, Address address, String taxId, List<LinkedAccount> linkedAccounts) {
    }
}
