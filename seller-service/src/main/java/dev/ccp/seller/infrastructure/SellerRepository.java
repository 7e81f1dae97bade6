package dev.ccp.seller.infrastructure;

import dev.ccp.seller.domain.Seller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SellerRepository implements PanacheRepositoryBase<Seller, String> {
}
