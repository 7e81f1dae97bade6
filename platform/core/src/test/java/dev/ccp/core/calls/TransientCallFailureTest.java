package dev.ccp.core.calls;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class TransientCallFailureTest {
    private final TransientCallFailure failure = new TransientCallFailure();

    @Test
    void anAnswerThatNeverCameIsWorthAnotherTry() {
        assertThat(failure.test(new ProcessingException(new ConnectException("Connection refused")))).isTrue();
        assertThat(failure.test(new CompletionException(new ConnectException("Connection refused")))).isTrue();
        assertThat(failure.test(new TimeoutException("1500 ms"))).isTrue();
    }

    @Test
    void aServiceThatCannotAnswerNowIsWorthAnotherTry() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
            assertThat(failure.test(answered(status))).as("HTTP %d", status).isTrue();
        }
    }

    @Test
    void aVerdictOnTheRequestIsNotRetried() {
        for (int status : new int[] {400, 401, 403, 404, 409, 422, 501}) {
            assertThat(failure.test(answered(status))).as("HTTP %d", status).isFalse();
        }
    }

    @Test
    void theAnswerAGeneratedClientThrowsIsReadToo() {
        assertThat(failure.test(new GeneratedApiException(Response.status(503).build()))).isTrue();
        assertThat(failure.test(new GeneratedApiException(Response.status(409).build()))).isFalse();
    }

    @Test
    void anOpenCircuitOrABugIsNotRetried() {
        assertThat(failure.test(new CircuitBreakerOpenException("open"))).isFalse();
        assertThat(failure.test(new IllegalStateException("a bug"))).isFalse();
        assertThat(failure.test(new ProcessingException(answered(404)))).isFalse();
    }

    /** Shaped as openapi-generator's microprofile clients write theirs: a RuntimeException with the response. */
    public static class GeneratedApiException extends RuntimeException {
        private final Response response;

        public GeneratedApiException(Response response) {
            super("Api response has status code " + response.getStatus());
            this.response = response;
        }

        public Response getResponse() {
            return response;
        }
    }

    private static WebApplicationException answered(int status) {
        return new WebApplicationException(Response.status(status).build());
    }
}
