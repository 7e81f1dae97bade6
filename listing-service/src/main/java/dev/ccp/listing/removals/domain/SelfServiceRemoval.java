package dev.ccp.listing.removals.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A brand removed listings itself: why, on what evidence, who and when. Its items say what became of each. */
@Entity
@Table(name = "self_service_removal")
public class SelfServiceRemoval {
    @Id
    public String id;
    public String brandId;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode evidence;
    public String requestedBy;
    public Instant requestedAt;
}
