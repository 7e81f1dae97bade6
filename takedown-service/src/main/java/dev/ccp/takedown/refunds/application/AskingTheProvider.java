package dev.ccp.takedown.refunds.application;

import dev.ccp.takedown.config.TakedownConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends claimed refunds to the provider and records each answer in its own transaction, several at once. The claim
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

    /**
     * Asks for each claimed refund and records each answer in its own transaction, several at once, before
     * returning. A failure to record (a crash, for the refund) is thrown after the others have finished.
     */
    public void ask(List<ClaimedRefund> claimed) {
        List<CompletableFuture<Void>> done = new ArrayList<>(claimed.size());
        for (ClaimedRefund refund : claimed) {
            done.add(CompletableFuture.runAsync(() -> {
                ProviderAnswer answer = gateway.refund(refund.request());
                afterAnswer.reached(refund, answer);
                book.record(refund, answer);
            }, calls));
        }
        RuntimeException first = null;
        for (CompletableFuture<Void> each : done) {
            try {
                each.join();
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }
}
