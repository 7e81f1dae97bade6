package dev.ccp.seller.verification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read of a seller's identity (personal data): who read whose, when, and the purpose they gave. */
@Entity
@Table(name = "identity_read")
public class IdentityRead {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String sellerId;
    public String readBy;
    public String purpose;
    public Instant readAt;

    public static IdentityRead of(String sellerId, String readBy, String purpose, Instant readAt) {
        IdentityRead read = new IdentityRead();
        read.sellerId = sellerId;
        read.readBy = readBy;
        read.purpose = purpose;
        read.readAt = readAt;
        return read;
    }
}
