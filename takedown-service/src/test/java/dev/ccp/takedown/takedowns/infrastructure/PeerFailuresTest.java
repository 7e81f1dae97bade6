package dev.ccp.takedown.takedowns.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeerFailuresTest {

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 409, 422})
    void aRefusalThatWillRecurIsPermanent(int status) {
        assertThat(PeerFailures.ofStatus("removal", Response.status(status).build(), null).permanent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 408, 429, 500, 502, 503, 504})
    void anOutageOrAnExpiredTokenIsTransient(int status) {
        var failure = PeerFailures.ofStatus("removal", Response.status(status).build(), null);
        assertThat(failure.permanent()).isFalse();
        assertThat(failure.getMessage()).contains(Integer.toString(status));
    }

    @Test
    void aRefusedConnectionIsTransientAndSaysWhy() {
        var failure = PeerFailures.unreachable("removal",
                new ProcessingException(new ConnectException("Connection refused")));
        assertThat(failure.permanent()).isFalse();
        assertThat(failure.getMessage()).contains("ConnectException").contains("Connection refused");
    }
}
