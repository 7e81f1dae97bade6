package dev.ccp.core.inbox;

/**
 * The consumer could not get a database connection at all (server down, database not accepting connections,
 * pool exhausted, credentials refused): whatever the driver's SQLState, no event is at fault, so it is transient.
 */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(Throwable cause) {
        super("no database connection: " + cause.getMessage(), cause);
    }
}
