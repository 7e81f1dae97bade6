package dev.ccp.seller.verification.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.account.domain.Seller;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import dev.ccp.seller.verification.domain.IdentityRead;
import dev.ccp.seller.verification.infrastructure.IdentityGraph;
import dev.ccp.seller.verification.infrastructure.IdentityReadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A seller's identity as the application gave it, with the accounts it links to: personal data, so the read is
 * recorded (who, when, whose, why) in the same transaction, before anything is answered.
 */
@ApplicationScoped
public class ReadingIdentity {
    /** Characters of the purpose a reader may give. */
    public static final int MAX_PURPOSE = 500;

    private final SellerRepository sellers;
    private final IdentityGraph graph;
    private final IdentityReadRepository reads;
    private final Clock clock;

    ReadingIdentity(SellerRepository sellers, IdentityGraph graph, IdentityReadRepository reads, Clock clock) {
        this.sellers = sellers;
        this.graph = graph;
        this.reads = reads;
        this.clock = clock;
    }

    /** The account and its identity links. */
    public record SellerIdentity(Seller seller, List<IdentityGraph.Match> links) {
    }

    @Transactional
    public SellerIdentity read(String sellerId, String reader, String purpose) {
        String given = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (given != null && given.length() > MAX_PURPOSE) {
            throw ProblemException.badRequest("X-Purpose", "must be at most " + MAX_PURPOSE + " characters");
        }
        Seller seller = sellers.existing(sellerId);
        reads.persist(IdentityRead.of(sellerId, reader, given, clock.instant()));
        return new SellerIdentity(seller, graph.linksOf(sellerId));
    }
}
