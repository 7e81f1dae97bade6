package dev.ccp.takedown.refunds.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.refunds.application.ProviderAnswer;
import dev.ccp.takedown.refunds.application.ProviderRefund;
import dev.ccp.takedown.refunds.application.RefundGateway;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The payment provider over HTTP: {@code POST /v1/refunds} with the refund's idempotency key. Asking again with the
 * same key and request returns the first answer, so every answer that does not settle the refund (5xx, timeout,
 * refused or reset connection, the key still in use) is {@link ProviderAnswer.Unsettled}: asked again later, never
 * a new refund.
 */
@ApplicationScoped
public class HttpRefundGateway implements RefundGateway {
    private static final Logger LOG = Logger.getLogger(HttpRefundGateway.class);
    /** The provider's reason code for a refund of a counterfeit. */
    static final String REASON = "counterfeit";

    private final ProviderRefundsApi api;
    private final Optional<String> apiKey;
    private final ObjectMapper json;
    private final RefundMetrics metrics;

    HttpRefundGateway(TakedownConfig config, ObjectMapper json, RefundMetrics metrics) {
        TakedownConfig.Provider provider = config.refunds().provider();
        this.api = QuarkusRestClientBuilder.newBuilder().baseUri(provider.url())
                .connectTimeout(provider.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(provider.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // every status is an answer to read here, not an exception
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(ProviderRefundsApi.class);
        this.apiKey = provider.apiKey().filter(key -> !key.isBlank());
        this.json = json;
        this.metrics = metrics;
        if (apiKey.isEmpty()) {
            LOG.warn("takedown.refunds.provider.api-key is not set: refunds stay pending until it is");
        }
    }

    @Override
    public ProviderAnswer refund(ProviderRefund request) {
        long started = System.nanoTime();
        ProviderAnswer answer = call(request);
        metrics.providerCall(outcome(answer), Duration.ofNanos(System.nanoTime() - started));
        return answer;
    }

    private ProviderAnswer call(ProviderRefund request) {
        if (apiKey.isEmpty()) {
            return new ProviderAnswer.Unsettled("no API key for the payment provider (takedown.refunds.provider.api-key)");
        }
        ProviderRefundsApi.Body body = new ProviderRefundsApi.Body(request.chargeReference(),
                request.amount().minorUnits(), request.amount().currency(), REASON, request.metadata());
        try (Response response = api.create("Bearer " + apiKey.get(), request.idempotencyKey(), body)) {
            return answerOf(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
        } catch (RuntimeException e) {
            Response answered = TransientCallFailure.answerIn(e);
            if (answered != null) { // an answer some global exception mapper turned into an exception
                return answerOf(answered.getStatus(), bodyOf(answered));
            }
            // timeout, refused or reset connection: the refund may or may not have been made
            return new ProviderAnswer.Unsettled("no answer from the payment provider: " + rootMessage(e));
        }
    }

    ProviderAnswer answerOf(int status, String text) {
        JsonNode body = parse(text);
        if (status == 200 || status == 201) {
            String state = body.path("status").asText();
            String id = body.path("id").asText();
            if ("succeeded".equals(state) && !id.isEmpty()) {
                return new ProviderAnswer.Issued(id);
            }
            if ("declined".equals(state)) {
                return new ProviderAnswer.Declined("declined: " + body.path("failure_reason").asText("no reason given"));
            }
            return new ProviderAnswer.Unsettled("the payment provider answered " + status + " with refund status '"
                    + state + "'");
        }
        String problem = body.path("code").asText("") + (body.hasNonNull("detail")
                ? ": " + body.get("detail").asText() : "");
        // its final no for this request: the charge is unknown, the amount or currency do not fit it, or the request
        // is malformed
        if (status == 400 || status == 404 || status == 422) {
            return new ProviderAnswer.Declined("refused (" + status + ") " + problem);
        }
        // 401/403 (a key to fix), 409 (the key still in use), 429 and 5xx: nothing settled yet
        return new ProviderAnswer.Unsettled("the payment provider answered " + status
                + (problem.isEmpty() ? "" : " " + problem));
    }

    private JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? json.missingNode() : json.readTree(text);
        } catch (Exception notJson) {
            return json.missingNode(); // a gateway's HTML error page
        }
    }

    private static String outcome(ProviderAnswer answer) {
        if (answer instanceof ProviderAnswer.Issued) {
            return "issued";
        }
        return answer instanceof ProviderAnswer.Declined ? "declined" : "unsettled";
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String bodyOf(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException alreadyRead) {
            return "";
        }
    }
}
