package dev.ccp.core.inbox;

import dev.ccp.contracts.MalformedEventException;
import dev.ccp.core.problem.ProblemException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Sorts a consumer's failure by whether applying the event again can succeed. The whole cause chain is read,
 * because Hibernate, JPA, Agroal, Narayana and our own code wrap the driver's exception.
 * <ul>
 * <li>{@link Kind#TRANSIENT}: the database or the network failed, not the event: lost or refused connections,
 * pools that cannot hand one out, timeouts, serialization failures and deadlocks. Retried until it succeeds. It
 * wins over everything else in the chain: retrying is always safe (the inbox makes it idempotent), parking an
 * event because of an outage is not.</li>
 * <li>{@link Kind#PERMANENT}: the record is not a valid event ({@link MalformedEventException}), or the domain
 * refuses it ({@link RefusedEventException}, or a {@link ProblemException} with a 4xx status other than 408 and
 * 429, as a use case shared with the REST API throws). Straight to the dead-letter topic.</li>
 * <li>{@link Kind#UNKNOWN}: anything else, e.g. a {@link NullPointerException} or a constraint violation: most
 * likely a bug that fails again, so it gets a bounded number of attempts and then goes to the dead-letter
 * topic.</li>
 * </ul>
 */
public final class Failures {
    public enum Kind { TRANSIENT, PERMANENT, UNKNOWN }

    /** PostgreSQL SQLStates that name a failure of the server or the session, not of the statement. */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01");
    /** SQLState classes: 08 connection exception, 53 insufficient resources. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");
    /** Exceptions of the persistence stack, by name so core does not need every one of them at compile time. */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.QueryTimeoutException",
            "org.hibernate.StaleStateException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException",
            "jakarta.persistence.OptimisticLockException",
            "jakarta.transaction.RollbackException",
            "jakarta.transaction.SystemException");

    private Failures() {
    }

    public static Kind classify(Throwable failure) {
        Kind kind = Kind.UNKNOWN;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (isTransient(t)) {
                return Kind.TRANSIENT;
            }
            if (kind == Kind.UNKNOWN && isPermanent(t)) {
                kind = Kind.PERMANENT;
            }
        }
        return kind;
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof DatabaseUnavailableException || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException || t instanceof ConnectException
                || t instanceof SocketTimeoutException || t instanceof SocketException
                || t instanceof TimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (TRANSIENT_STATES.contains(state)
                    || state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)))) {
                return true;
            }
            // Agroal's pool, out of connections, says so in a plain SQLException without a state.
            if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        if (t instanceof ProblemException problem) {
            return problem.status() == 408 || problem.status() == 429 || problem.status() >= 500;
        }
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (TRANSIENT_TYPES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPermanent(Throwable t) {
        return t instanceof MalformedEventException || t instanceof RefusedEventException
                || t instanceof ProblemException problem && problem.status() >= 400 && problem.status() < 500;
    }
}
