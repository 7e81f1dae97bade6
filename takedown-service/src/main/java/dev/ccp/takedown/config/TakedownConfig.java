package dev.ccp.takedown.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Every setting of takedown-service (prefix {@code takedown}), and the only place their defaults are written. */
@ConfigMapping(prefix = "takedown")
public interface TakedownConfig {

    Orders orders();

    Statements statements();

    Runner runner();

    Steps steps();

    AccountPolicy accountPolicy();

    Refunds refunds();

    interface Orders {
        /** Orders one import request may carry; a bigger batch is refused whole (413). */
        @WithDefault("1000")
        int maxImportSize();

    }

    /** Statements of reasons (EU DSA Art. 17) and their export to the DSA Transparency Database. */
    interface Statements {
        /** How long after the action a seller may appeal through the internal complaint route (DSA Art. 20). */
        @WithDefault("P6M")
        Period appealWindow();

        /** Where and how the seller appeals to the platform itself; {@code {takedownId}} is replaced. */
        @WithDefault("Appeal from the seller centre (Takedowns, then Appeal), quoting takedown {takedownId}, "
                + "with your reasons and any documents that support them.")
        String internalComplaint();

        /** Out-of-court dispute settlement (DSA Art. 21). */
        @WithDefault("You may also refer the dispute to an out-of-court dispute settlement body certified under "
                + "Article 21 of the Digital Services Act; the European Commission publishes the list of them.")
        String outOfCourt();

        @WithDefault("You may also challenge this decision before the competent court under the applicable law; "
                + "this does not depend on using the routes above.")
        String judicial();

        /** EU/EEA countries (ISO 3166-1 alpha-2, Greece as GR) where the restriction applies; default all 30. */
        @WithDefault("AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GR,HR,HU,IE,IS,IT,LI,LT,LU,LV,MT,NL,NO,PL,PT,RO,SE,SI,SK")
        List<String> territorialScope();

        /** The longest {@code from}..{@code to} range one export request may ask for. */
        @WithDefault("P31D")
        Duration maxExportRange();
    }

    interface Runner {
        /** Whether this instance runs takedown steps by itself (on a timer, and as soon as a takedown opens). */
        @WithDefault("true")
        boolean enabled();

        /** How often the runner looks for due takedowns (also read by the {@code @Scheduled} trigger). */
        @WithDefault("5s")
        Duration interval();

        /** Takedowns one pass claims at most. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a claim holds a takedown: a runner that dies leaves it to the others once this has passed. Longer
         * than the slowest step (the peers' timeouts are a few seconds).
         */
        @WithDefault("2m")
        Duration lease();
    }

    interface Steps {
        /** The wait after a step's first transient failure. */
        @WithDefault("2s")
        Duration backoffBase();

        /** Each further failure multiplies the wait by this. */
        @WithDefault("2.0")
        double backoffFactor();

        /** No wait is longer than this. */
        @WithDefault("10m")
        Duration backoffCap();

        /** Transient failures of one step before it gives up and the takedown needs attention. */
        @WithDefault("50")
        int maxAttempts();
    }

    interface AccountPolicy {
        /** A confirmed counterfeit of a registered brand closes the account at once (zero tolerance). */
        @WithDefault("true")
        boolean closeOnRegisteredBrand();

        /** Strikes within the window that close the account. */
        @WithDefault("3")
        int strikesToClose();

        /** How far back strikes count. */
        @WithDefault("P365D")
        Duration window();
    }

    interface Refunds {
        Provider provider();

        Retry retry();

        Declines declines();

        /**
         * How long a replica holds the refunds it is asking the provider about; another replica takes them over only
         * after that. Longer than a call can take (connect plus read timeout).
         */
        @WithDefault("60s")
        Duration lease();

        /** Refunds claimed in one go; a takedown with more is worked through batch by batch. */
        @WithDefault("100")
        int batchSize();
    }

    /** The payment provider's refund API. */
    interface Provider {
        @WithDefault("http://127.0.0.1:8090")
        URI url();

        /** The secret key, presented as a bearer token (env TAKEDOWN_REFUNDS_PROVIDER_API_KEY); never logged. */
        Optional<String> apiKey();

        @WithDefault("2s")
        Duration connectTimeout();

        /** A refund whose answer takes longer has an unknown outcome, settled later under the same key. */
        @WithDefault("10s")
        Duration readTimeout();

        /** Provider calls in flight at once per advance. */
        @WithDefault("8")
        int concurrency();
    }

    /** Transient failures (5xx, timeouts, refused connections): tried again, each wait twice the last. */
    interface Retry {
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("10m")
        Duration maxBackoff();
    }

    /** Declined refunds: tried again (under a new idempotency key) up to max-attempts declines, then left to staff. */
    interface Declines {
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("1h")
        Duration retryDelay();
    }
}
