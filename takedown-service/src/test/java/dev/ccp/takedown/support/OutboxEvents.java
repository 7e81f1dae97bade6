package dev.ccp.takedown.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the service wrote to its outbox: the events a takedown produced, as their CloudEvents' data. */
public final class OutboxEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxEvents() {
    }

    public static List<JsonNode> of(DataSource db, String key, String type) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(
                "select payload from outbox_event where event_key = ? and event_type = ? order by seq")) {
            select.setString(1, key);
            select.setString(2, type);
            List<JsonNode> data = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    data.add(JSON.readTree(rows.getString(1)).get("data"));
                }
            }
            return data;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
