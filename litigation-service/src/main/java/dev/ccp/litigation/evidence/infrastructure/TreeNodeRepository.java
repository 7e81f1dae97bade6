package dev.ccp.litigation.evidence.infrastructure;

import dev.ccp.litigation.evidence.domain.SubtreeNode;
import dev.ccp.litigation.evidence.domain.Subtrees;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The stored complete subtrees of each case's Merkle tree ({@code evidence_tree_node}): written with the entry
 * that completes them, read by (level, index) in one statement, so a proof costs one round trip of O(log n) rows.
 */
@ApplicationScoped
public class TreeNodeRepository {
    private final EntityManager em;

    TreeNodeRepository(EntityManager em) {
        this.em = em;
    }

    public void insert(String caseId, List<SubtreeNode> nodes) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into evidence_tree_node (case_id, level, idx, hash) values (?, ?, ?, ?)")) {
                for (SubtreeNode node : nodes) {
                    insert.setString(1, caseId);
                    insert.setInt(2, node.level());
                    insert.setLong(3, node.index());
                    insert.setBytes(4, node.hash());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The subtrees named by {@code wanted} ({level, index} pairs), read at once; asking the answer for one that
     * is not stored is an {@link IllegalStateException} (the cache is incomplete, which appends never leave).
     */
    public Subtrees read(String caseId, List<long[]> wanted) {
        Map<Long, byte[]> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> {
                Long[] levels = new Long[wanted.size()];
                Long[] indexes = new Long[wanted.size()];
                for (int i = 0; i < wanted.size(); i++) {
                    levels[i] = wanted.get(i)[0];
                    indexes[i] = wanted.get(i)[1];
                }
                Array levelArray = c.createArrayOf("bigint", levels);
                Array indexArray = c.createArrayOf("bigint", indexes);
                // One primary-key probe per wanted node, whatever the statistics say: a plain join (or a lateral
                // subquery the planner flattens, hence OFFSET 0) was planned, for a case that grew since the last
                // ANALYZE, as a scan of every node of the case: 200 ms per proof and per append at 100,000 entries.
                try (PreparedStatement select = c.prepareStatement("select w.level, w.idx, n.hash"
                        + " from unnest(?::bigint[], ?::bigint[]) as w(level, idx) cross join lateral"
                        + " (select hash from evidence_tree_node where case_id = ?::text and level = w.level"
                        + " and idx = w.idx offset 0) n")) {
                    select.setArray(1, levelArray);
                    select.setArray(2, indexArray);
                    select.setString(3, caseId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(key(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
                        }
                    }
                }
            });
        }
        return (level, index) -> {
            byte[] hash = found.get(key(level, index));
            if (hash == null) {
                throw new IllegalStateException("subtree " + level + "/" + index + " of case " + caseId
                        + " is not stored");
            }
            return hash;
        };
    }

    private static long key(int level, long index) {
        return ((long) level << 56) | index;
    }
}
