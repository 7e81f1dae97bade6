package dev.ccp.litigation.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void aCaseGoesFromOpenThroughASuitOrAReferralToAnOutcomeAndIsClosed() {
        LitigationCase c = LitigationCase.open("BMW v. four sellers", Set.of("b-bmw"), List.of(), "inv", Instant.EPOCH)
                .litigationCase();
        for (CaseStatus next : List.of(CaseStatus.INVESTIGATING, CaseStatus.FILED, CaseStatus.JUDGMENT, CaseStatus.CLOSED)) {
            StatusChange change = c.moveTo(next, "why", "legal-1", Instant.EPOCH);
            assertThat(change.to()).isEqualTo(next);
            assertThat(c.status()).isEqualTo(next);
        }
        assertThat(CaseStatus.INVESTIGATING.next()).containsExactlyInAnyOrder(CaseStatus.FILED, CaseStatus.REFERRED);
        assertThat(CaseStatus.REFERRED.next())
                .containsExactlyInAnyOrder(CaseStatus.JUDGMENT, CaseStatus.SETTLED, CaseStatus.DISMISSED);
        assertThat(CaseStatus.SETTLED.next()).containsExactly(CaseStatus.CLOSED);
    }

    @Test
    void noStepIsSkippedNoneGoesBackAndAClosedCaseStaysClosed() {
        LitigationCase c = LitigationCase.open("t", Set.of("b"), List.of(), "inv", Instant.EPOCH).litigationCase();
        assertThatThrownBy(() -> c.moveTo(CaseStatus.FILED, null, "inv", Instant.EPOCH))
                .isInstanceOf(IllegalCaseTransitionException.class).hasMessageContaining("OPEN");
        c.moveTo(CaseStatus.INVESTIGATING, null, "inv", Instant.EPOCH);
        assertThatThrownBy(() -> c.moveTo(CaseStatus.OPEN, null, "inv", Instant.EPOCH))
                .isInstanceOf(IllegalCaseTransitionException.class);
        assertThatThrownBy(() -> c.moveTo(CaseStatus.INVESTIGATING, null, "inv", Instant.EPOCH))
                .isInstanceOf(IllegalCaseTransitionException.class);
        assertThat(CaseStatus.CLOSED.next()).isEmpty();
        assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING);
    }
}
