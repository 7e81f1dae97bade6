package dev.ccp.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.contracts.MalformedEventException;
import dev.ccp.core.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class FailuresTest {

    @Test
    void aBackendTerminatedByTheAdministratorIsTransientHoweverDeeplyWrapped() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        RuntimeException wrapped = new QuarkusTransactionException(new PersistenceException(
                new GenericJDBCException("could not execute statement", terminated)));

        assertThat(Failures.classify(wrapped)).isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void connectionFailuresResourceShortagesSerializationFailuresAndDeadlocksAreTransient() {
        for (String state : new String[] {"08006", "08001", "53300", "57P02", "57P03", "40001", "40P01"}) {
            assertThat(Failures.classify(new IllegalStateException("inbox", new SQLException("x", state))))
                    .as(state).isEqualTo(Failures.Kind.TRANSIENT);
        }
        assertThat(Failures.classify(new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused")))).isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void persistenceAndTransactionWrappersThatNameAnOutageAreTransient() {
        assertThat(Failures.classify(new JDBCConnectionException("lost", new SQLException("lost"))))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new SQLTransientConnectionException("pool"))).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new QuarkusTransactionException(new RollbackException("timed out"))))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new DatabaseUnavailableException(
                new SQLException("database \"x\" is not currently accepting connections", "55000"))))
                .isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void aMalformedPayloadAndARefusalAreNotRetried() {
        assertThat(Failures.classify(new MalformedEventException("no data"))).isEqualTo(Failures.Kind.PERMANENT);
        assertThat(Failures.classify(new IllegalStateException(new RefusedEventException("closed seller"))))
                .isEqualTo(Failures.Kind.PERMANENT);
        assertThat(Failures.classify(ProblemException.conflict("already closed"))).isEqualTo(Failures.Kind.PERMANENT);
        assertThat(Failures.classify(ProblemException.tooManyRequests("slow down", 5)))
                .isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void aBugOrAConstraintViolationIsUnknown() {
        assertThat(Failures.classify(new NullPointerException())).isEqualTo(Failures.Kind.UNKNOWN);
        assertThat(Failures.classify(new PersistenceException(new SQLException("duplicate key", "23505"))))
                .isEqualTo(Failures.Kind.UNKNOWN);
    }

    @Test
    void anOutageWinsOverARefusalInTheSameChain() {
        RuntimeException refusedWhileDown = new RefusedEventException("seller unknown");
        refusedWhileDown.initCause(new SQLException("connection lost", "08006"));

        assertThat(Failures.classify(refusedWhileDown)).isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void aCauseCycleEnds() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);

        assertThat(Failures.classify(a)).isEqualTo(Failures.Kind.UNKNOWN);
    }
}
