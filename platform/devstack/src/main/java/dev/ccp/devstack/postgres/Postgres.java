package dev.ccp.devstack.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/** The PostgreSQL server at PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres): databases on demand. */
public final class Postgres {
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public Postgres(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static Postgres fromEnvironment() {
        return new Postgres(env("PGHOST").orElse("127.0.0.1"),
                Integer.parseInt(env("PGPORT").orElse("5432")),
                env("PGUSER").orElse("postgres"),
                env("PGPASSWORD").orElse(""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates the database unless it exists; returns true when it was created. */
    public boolean createIfMissing(String database) {
        requireName(database);
        try (Connection c = admin()) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + database);
            }
            return true;
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    public void drop(String database) {
        requireName(database);
        try (Connection c = admin(); Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /** Fails with a message a person can act on when the server does not answer. */
    public void ping() {
        try (Connection c = admin()) {
            c.isValid(2);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private Connection admin() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
    }

    private IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException("PostgreSQL at " + host + ":" + port + " as " + user + " failed: "
                + e.getMessage() + " (is it running? set PGHOST/PGPORT/PGUSER to point elsewhere)", e);
    }

    private static void requireName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a safe database name: " + database);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
