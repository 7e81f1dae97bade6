package dev.ccp.core.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.core.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs a command at most once per {@code Idempotency-Key}: a retry with the same key and the same request gets
 * the first response back without running the command again; the same key with another request is a 409.
 * The record commits with the command's own effects, so a rolled-back command leaves the key free.
 */
@ApplicationScoped
public class IdempotentCommands {
    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final DataSource dataSource;
    private final ObjectMapper json;

    IdempotentCommands(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T run(String scope, String key, Object request, Class<T> responseType, Supplier<T> command) {
        requireKey(key);
        String requestHash = hash(request);
        // The insert claims the key; a concurrent request with the same key blocks here until the first
        // commits, then finds the row and replays its response.
        if (claim(scope, key, requestHash)) {
            T response = command.get();
            store(scope, key, response);
            return response;
        }
        Stored stored = load(scope, key);
        if (!stored.requestHash().equals(requestHash)) {
            throw ProblemException.conflict("Idempotency-Key '" + key
                    + "' was already used for a different request");
        }
        try {
            return json.readValue(stored.responseBody(), responseType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored response for key " + key + " is unreadable", e);
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.badRequest(HEADER, "the " + HEADER + " header is required for this command");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
    }

    private boolean claim(String scope, String key, String requestHash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into idempotency_record (scope, idempotency_key, request_hash) values (?, ?, ?)
                        on conflict do nothing""")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setString(3, requestHash);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void store(String scope, String key, Object response) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update idempotency_record set response_body = cast(? as jsonb)
                        where scope = ? and idempotency_key = ?""")) {
            update.setString(1, json.writeValueAsString(response));
            update.setString(2, scope);
            update.setString(3, key);
            update.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String requestHash, String responseBody) {
    }

    private Stored load(String scope, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("""
                        select request_hash, response_body::text from idempotency_record
                        where scope = ? and idempotency_key = ?""")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Stored(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
