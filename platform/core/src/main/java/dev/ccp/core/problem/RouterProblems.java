package dev.ccp.core.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * problem+json for the answers the HTTP layer gives before (or instead of) a resource: a body over
 * {@code quarkus.http.limits.max-body-size} and whatever else the router fails or finds no route for. Without this
 * Vert.x answers those with a bare status and no body.
 */
@ApplicationScoped
public class RouterProblems {
    private static final Logger LOG = Logger.getLogger(RouterProblems.class);
    /** Quarkus's own default for quarkus.http.limits.max-body-size. */
    private static final long DEFAULT_LIMIT = 10240L * 1024;
    /** Just before Quarkus's own limit check, which ends the answer without a body. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    private static final int[] UNROUTED = {400, 404, 405, 406, 413, 415, 500};

    private final ObjectMapper json;

    RouterProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        long limit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(DEFAULT_LIMIT);
        // A chunked body announces no length: read it here, up to the limit, so the overflow fails the route (and is
        // answered below) instead of being cut off mid-stream with a bare 413. (HTTP/2 is off: see core's config.)
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(ORDER).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
            if (length != null) {
                long declared;
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    closing(ctx, 400, "Invalid request", "Content-Length: must be a number of bytes",
                            List.of(new Problem.FieldError("Content-Length", "must be a number of bytes")));
                    return;
                }
                if (declared > limit) {
                    closing(ctx, 413, "Content too large", tooLarge(limit) + "; this one declares " + declared,
                            List.of(new Problem.FieldError("body", "is larger than " + limit + " bytes")));
                    return;
                }
            } else if (isChunked(ctx)) {
                chunked.handle(ctx);
                return;
            }
            ctx.next();
        });
        router.route().order(ORDER).failureHandler(ctx -> failed(ctx, limit));
        for (int status : UNROUTED) {
            router.errorHandler(status, ctx -> failed(ctx, limit));
        }
    }

    private void failed(RoutingContext ctx, long limit) {
        if (ctx.response().headWritten()) {
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof SecurityException || failure instanceof AuthenticationException) {
            ctx.next(); // Quarkus's security handlers answer these with their challenge
            return;
        }
        int status = failure instanceof HttpException http ? http.getStatusCode()
                : failure != null ? 500 : ctx.statusCode();
        if (status == 413) {
            answer(ctx, 413, "Content too large", tooLarge(limit),
                    List.of(new Problem.FieldError("body", "is larger than " + limit + " bytes")));
        } else if (status >= 500 || status < 400) {
            LOG.error("request failed at " + ctx.request().path(), failure);
            answer(ctx, 500, "Internal error", "the request could not be completed", List.of());
        } else if (status == 404) {
            answer(ctx, 404, "Not found", "nothing is served at " + ctx.request().path(), List.of());
        } else if (status == 405) {
            answer(ctx, 405, "Method not allowed",
                    ctx.request().method().name() + " is not allowed on " + ctx.request().path(), List.of());
        } else {
            answer(ctx, status, HttpResponseStatus.valueOf(status).reasonPhrase(),
                    "the request cannot be served as sent", List.of());
        }
    }

    private static String tooLarge(long limit) {
        return "the request body may be at most " + limit + " bytes (" + human(limit) + ")";
    }

    private static String human(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static boolean isChunked(RoutingContext ctx) {
        String encoding = ctx.request().getHeader(HttpHeaderNames.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** The body is left unread, so the connection cannot carry another request. */
    private void closing(RoutingContext ctx, int status, String title, String detail,
            List<Problem.FieldError> errors) {
        ctx.response().putHeader(HttpHeaderNames.CONNECTION, "close");
        ctx.response().endHandler(ignored -> ctx.request().connection().close());
        answer(ctx, status, title, detail, errors);
    }

    private void answer(RoutingContext ctx, int status, String title, String detail,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, ctx.request().path(), errors);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
