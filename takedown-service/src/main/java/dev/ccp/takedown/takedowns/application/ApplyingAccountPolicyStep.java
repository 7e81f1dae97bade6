package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.takedown.TakedownAccountClosed;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.domain.AccountAction;
import dev.ccp.takedown.takedowns.domain.AccountPolicy;
import dev.ccp.takedown.takedowns.domain.Strike;
import dev.ccp.takedown.takedowns.domain.StepName;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.StrikeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * APPLY_ACCOUNT_POLICY: records the takedown's strike (once), then closes the account through seller-service when
 * the {@link AccountPolicy} says so. The strike commits before the call, so a retry counts the same strikes and
 * reaches the same decision.
 */
@ApplicationScoped
public class ApplyingAccountPolicyStep implements TakedownStepHandler {
    static final String REASON = "COUNTERFEIT";

    private final StrikeRepository strikes;
    private final SellerClosures closures;
    private final Outbox outbox;
    private final Clock clock;
    private final AtomicReference<AccountPolicy> policy;

    ApplyingAccountPolicyStep(StrikeRepository strikes, SellerClosures closures, Outbox outbox, Clock clock,
            TakedownConfig config) {
        this.strikes = strikes;
        this.closures = closures;
        this.outbox = outbox;
        this.clock = clock;
        TakedownConfig.AccountPolicy configured = config.accountPolicy();
        this.policy = new AtomicReference<>(new AccountPolicy(configured.closeOnRegisteredBrand(),
                configured.strikesToClose(), configured.window()));
    }

    @Override
    public StepName step() {
        return StepName.APPLY_ACCOUNT_POLICY;
    }

    @Override
    public StepResult attempt(Takedown takedown) {
        AccountPolicy rules = policy.get();
        boolean registeredBrand = !takedown.brandIds().isEmpty();
        long inWindow = QuarkusTransaction.requiringNew().call(() -> {
            Strike strike = strikes.findById(takedown.id());
            Instant now = clock.instant();
            if (strike == null) {
                strikes.persist(new Strike(takedown.id(), takedown.sellerId(), takedown.listingId(), registeredBrand,
                        now));
            }
            strikes.flush();
            return strikes.ofSellerSince(takedown.sellerId(), now.minus(rules.window()));
        });
        AccountPolicy.Ground ground = rules.closes(registeredBrand, inWindow);
        if (ground == null) {
            return new StepResult.Done((t, now) -> t.accountActioned(AccountAction.STRIKE_RECORDED, now));
        }
        closures.close(takedown.sellerId(), idempotencyKey(takedown.id()), REASON,
                RemovingListingStep.reference(takedown.id()));
        return new StepResult.Done((t, now) -> {
            t.accountActioned(AccountAction.CLOSED, now);
            outbox.append(new TakedownAccountClosed(t.id(), t.sellerId(), t.listingId(), (int) inWindow,
                    ground.name(), now));
        });
    }

    /** The policy in force from now on; operators set it in configuration, tests change it here. */
    public AccountPolicy policy() {
        return policy.get();
    }

    public void usePolicy(AccountPolicy rules) {
        policy.set(rules);
    }

    public static String idempotencyKey(String takedownId) {
        return "takedown-" + takedownId + "-closure";
    }
}
