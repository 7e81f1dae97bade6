package dev.ccp.devstack.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes the test database away from the service under test, as a PostgreSQL restart does: new connections are
 * refused ({@code ALLOW_CONNECTIONS false}) and every open one is terminated, until {@link #close()}. Works
 * through the server's {@code postgres} database, which stays reachable.
 */
public final class DatabaseOutage implements AutoCloseable {
    private final Connection admin;
    private final String database;

    private DatabaseOutage(Connection admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    public static DatabaseOutage begin() {
        String url = System.getProperty(CcpInfrastructure.DATABASE);
        String database = url.substring(url.lastIndexOf('/') + 1);
        try {
            Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                    System.getenv().getOrDefault("PGUSER", "postgres"), System.getenv().getOrDefault("PGPASSWORD", ""));
            DatabaseOutage outage = new DatabaseOutage(admin, database);
            outage.execute("alter database " + database + " with allow_connections false");
            outage.terminateConnections();
            return outage;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take " + database + " down", e);
        }
    }

    /** Terminates every connection to the database, including any that slipped in before connections stopped. */
    public void terminateConnections() {
        execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
    }

    @Override
    public void close() {
        try (admin) {
            execute("alter database " + database + " with allow_connections true");
        } catch (SQLException e) {
            throw new IllegalStateException("could not bring " + database + " back", e);
        }
    }

    private void execute(String sql) {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
