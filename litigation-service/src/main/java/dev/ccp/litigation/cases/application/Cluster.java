package dev.ccp.litigation.cases.application;

import java.util.ArrayList;
import java.util.List;

/** A bad-actor cluster: a seller and the accounts linked to it in seller-service. */
record Cluster(String sellerId, List<SellerDirectory.LinkedAccount> links) {

    /** The seller first, then its linked accounts. */
    List<String> sellerIds() {
        List<String> ids = new ArrayList<>(links.size() + 1);
        ids.add(sellerId);
        links.forEach(l -> ids.add(l.sellerId()));
        return ids;
    }
}
