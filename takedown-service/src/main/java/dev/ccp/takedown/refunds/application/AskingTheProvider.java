package dev.ccp.takedown.refunds.application;

import dev.ccp.takedown.config.TakedownConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends claimed refunds to the provider, several at once, and records each answer in its own transaction. The claim
 * is committed before the call, so a crash at any point leaves a refund that is asked again under the same key.
 */
@ApplicationScoped
public class AskingTheProvider {
    private final RefundGateway gateway;
    private final RefundBook book;
    private final AfterProviderAnswer afterAnswer;
    private final ExecutorService calls;

    AskingTheProvider(RefundGateway gateway, RefundBook book, AfterProviderAnswer afterAnswer, TakedownConfig config) {
        this.gateway = gateway;
        this.book = book;
        this.afterAnswer = afterAnswer;
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newFixedThreadPool(config.refunds().provider().concurrency(), call -> {
            Thread thread = new Thread(call, "refund-provider-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Asks for each claimed refund and records the answers, in the caller's thread, before returning. */
    public void ask(List<ClaimedRefund> claimed) {
        List<CompletableFuture<ProviderAnswer>> answers = new ArrayList<>(claimed.size());
        for (ClaimedRefund refund : claimed) {
            answers.add(CompletableFuture.supplyAsync(() -> gateway.refund(refund.request()), calls));
        }
        for (int i = 0; i < claimed.size(); i++) {
            ProviderAnswer answer = answers.get(i).join();
            afterAnswer.reached(claimed.get(i), answer);
            book.record(claimed.get(i), answer);
        }
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }
}
