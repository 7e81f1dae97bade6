package dev.ccp.takedown.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of takedown-service (prefix {@code takedown}), and the only place their defaults are written. */
@ConfigMapping(prefix = "takedown")
public interface TakedownConfig {

    Orders orders();

    interface Orders {
        /** Orders one import request may carry; a bigger batch is refused whole (413). */
        @WithDefault("1000")
        int maxImportSize();

    }
}
