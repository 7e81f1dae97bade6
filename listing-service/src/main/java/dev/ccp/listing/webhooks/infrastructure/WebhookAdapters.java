package dev.ccp.listing.webhooks.infrastructure;

import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.webhooks.domain.ReceiverAddresses;
import dev.ccp.listing.webhooks.domain.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetAddress;

/** The webhook feature's pieces made from configuration: the address guard (system DNS), the sender, the schedule. */
@ApplicationScoped
public class WebhookAdapters {

    @Produces
    @Singleton
    ReceiverAddresses receiverAddresses(ListingConfig config) {
        return new ReceiverAddresses(config.webhooks().allowLocalReceivers(), InetAddress::getAllByName);
    }

    @Produces
    @Singleton
    PinnedAddressSender sender(ListingConfig config) {
        return new PinnedAddressSender(config.webhooks().sender().connectTimeout(),
                config.webhooks().sender().readTimeout());
    }

    @Produces
    @Singleton
    RetrySchedule retrySchedule(ListingConfig config) {
        ListingConfig.Webhooks.Retry retry = config.webhooks().retry();
        return new RetrySchedule(retry.initialDelay(), retry.maxDelay(), retry.giveUpAfter());
    }
}
