package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.domain.StepBackoff;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one back-off every runner (takedown steps, appeal and counter-notice reversals) retries with. */
class StepBackoffProducer {
    @Produces
    @Singleton
    StepBackoff stepBackoff(TakedownConfig config) {
        TakedownConfig.Steps steps = config.steps();
        return new StepBackoff(steps.backoffBase(), steps.backoffFactor(), steps.backoffCap());
    }
}
