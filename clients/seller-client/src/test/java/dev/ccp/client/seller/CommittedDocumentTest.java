package dev.ccp.client.seller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/api/ is what reviewers read: it must be the document this build generated the client from. */
class CommittedDocumentTest {

    @Test
    void committedDocumentIsTheOneThisBuildWrote() throws Exception {
        Path built = Path.of(System.getProperty("client.spec"));
        Path committed = Path.of(System.getProperty("client.committed"));
        assertThat(committed).as("refresh with: cp %s %s", built, committed).exists();
        assertThat(Files.readString(committed))
                .as("seller-service's API changed; refresh with: cp %s %s", built, committed)
                .isEqualTo(Files.readString(built));
    }
}
