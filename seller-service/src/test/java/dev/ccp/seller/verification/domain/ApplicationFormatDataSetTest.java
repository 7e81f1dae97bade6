package dev.ccp.seller.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.seller.support.DataSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labelled applications (data/): format checks refuse exactly the INVALID rows, for the right field. */
class ApplicationFormatDataSetTest {
    private static final LocalDate DATA_REFERENCE_DATE = LocalDate.parse("2026-04-01");
    private static final Map<String, String> FIELD_OF_TACTIC = Map.of(
            "bad_iban_checksum", "bankAccount.iban",
            "expired_document", "document.expiresOn",
            "bad_country_code", "country",
            "malformed_email", "email",
            "disposable_email", "email");

    @Test
    void invalidRowsAreRefusedForTheirFieldAndNoOtherRowIs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path file = DataSets.file("seller-applications.jsonl");
        int invalid = 0;
        int accepted = 0;
        for (String line : Files.readAllLines(file)) {
            JsonNode row = json.readTree(line);
            List<ApplicationFormat.Violation> violations = ApplicationFormat.check(fields(row.get("application")),
                    DATA_REFERENCE_DATE);
            String tactic = row.get("tactic").asText();
            if (row.get("label").asText().equals("INVALID")) {
                invalid++;
                assertThat(violations).as("%s (%s)", row.get("key").asText(), tactic)
                        .extracting(ApplicationFormat.Violation::field).contains(FIELD_OF_TACTIC.get(tactic));
            } else {
                accepted++;
                assertThat(violations).as("%s (%s)", row.get("key").asText(), tactic).isEmpty();
            }
        }
        System.out.printf("format checks on %s: %d INVALID rows refused, %d other rows accepted%n",
                file.getFileName(), invalid, accepted);
        assertThat(invalid).isGreaterThan(100);
    }

    private static ApplicationFields fields(JsonNode a) {
        return new ApplicationFields(a.path("country").asText(), a.path("address").path("country").asText(),
                a.path("document").path("country").asText(), a.path("email").asText(), a.path("phone").asText(),
                a.path("bankAccount").path("iban").asText(), LocalDate.parse(a.path("document").path("expiresOn").asText()),
                a.path("ipAddress").asText());
    }
}
