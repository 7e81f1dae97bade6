package dev.ccp.bench.baseline.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One listing as a plain row: what a service without screening would store. */
@Entity
@Table(name = "plain_listing")
public class PlainListing {
    @Id
    public UUID id;
    public String sellerId;
    public String title;
    public String category;
    public BigDecimal priceAmount;
    public String priceCurrency;
    public int quantity;
    public Instant createdAt;
}
