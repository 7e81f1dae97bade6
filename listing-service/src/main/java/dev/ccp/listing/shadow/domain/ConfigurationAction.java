package dev.ccp.listing.shadow.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a configuration's life, kept for good: who staged, promoted or discarded it, when and why. */
@Entity
@Table(name = "screening_configuration_action")
public class ConfigurationAction {
    public enum Action { STAGED, PROMOTED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String configurationId;
    @Enumerated(EnumType.STRING)
    public Action action;
    public String actor;
    public Instant at;
    public String reason;

    public static ConfigurationAction of(String configurationId, Action action, String actor, Instant at,
            String reason) {
        ConfigurationAction taken = new ConfigurationAction();
        taken.configurationId = configurationId;
        taken.action = action;
        taken.actor = actor;
        taken.at = at;
        taken.reason = reason;
        return taken;
    }
}
