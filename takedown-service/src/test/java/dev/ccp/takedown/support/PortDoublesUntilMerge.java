package dev.ccp.takedown.support;

// DELETE AT MERGE: stand-ins for the ports the `refunds` and `statements` features implement on their own branches.
// Once those implementations are in, this file must go (two beans for one port fail the start-up).

import dev.ccp.takedown.takedowns.application.BuyerRefunds;
import dev.ccp.takedown.takedowns.application.RefundLine;
import dev.ccp.takedown.takedowns.application.RefundProgress;
import dev.ccp.takedown.takedowns.application.RefundRequest;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import dev.ccp.takedown.takedowns.application.StatementsOfReasons;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** TEMPORARY test doubles of {@link BuyerRefunds} and {@link StatementsOfReasons}, recording every call. */
public final class PortDoublesUntilMerge {
    private PortDoublesUntilMerge() {
    }

    /**
     * Answers each listing's {@code advance} calls with the progress a test scripted for it, one per call (the last
     * one again once the script is used up); a listing without a script is settled with nothing to refund.
     */
    @ApplicationScoped
    public static class ScriptedRefunds implements BuyerRefunds {
        private final Map<String, Deque<RefundProgress>> scripts = new ConcurrentHashMap<>();
        private final Map<String, List<RefundLine>> lines = new ConcurrentHashMap<>();
        private final List<RefundRequest> calls = new CopyOnWriteArrayList<>();

        public void script(String listingId, List<RefundLine> refunds, RefundProgress... progress) {
            scripts.put(listingId, new ArrayDeque<>(List.of(progress)));
            lines.put(listingId, List.copyOf(refunds));
        }

        public List<RefundRequest> callsFor(String takedownId) {
            return calls.stream().filter(c -> c.takedownId().equals(takedownId)).toList();
        }

        @Override
        public synchronized RefundProgress advance(RefundRequest request) {
            calls.add(request);
            Deque<RefundProgress> script = scripts.get(request.listingId());
            if (script == null || script.isEmpty()) {
                return new RefundProgress(0, 0, 0, List.of(), null);
            }
            return script.size() > 1 ? script.poll() : script.peek();
        }

        @Override
        public List<RefundLine> refundsOf(String takedownId) {
            return calls.stream().filter(c -> c.takedownId().equals(takedownId)).findFirst()
                    .map(c -> lines.getOrDefault(c.listingId(), List.of())).orElse(List.of());
        }
    }

    /** Keeps every statement it is asked to issue. */
    @ApplicationScoped
    public static class RecordingStatements implements StatementsOfReasons {
        private final List<StatementFacts> issued = new CopyOnWriteArrayList<>();

        public List<StatementFacts> issuedFor(String takedownId) {
            return new ArrayList<>(issued.stream().filter(s -> s.takedownId().equals(takedownId)).toList());
        }

        @Override
        public void issue(StatementFacts facts) {
            issued.add(facts);
        }
    }
}
