package dev.ccp.listing.config;

import dev.ccp.listing.screening.application.ScreeningCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** When screening's index is rebuilt after a brand change: {@code listing.screening.rebuild-*}. */
@ApplicationScoped
public class ScreeningIndexSettings {

    @Produces
    @Singleton
    ScreeningCatalog.IndexRebuild indexRebuild(ListingConfig config) {
        return new ScreeningCatalog.IndexRebuild(config.screening().rebuildDebounce(), config.screening().rebuildWait());
    }
}
