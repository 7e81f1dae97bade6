package dev.ccp.core.calls;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Whether a failed call to another service may succeed if made again: the answer never came (connection refused
 * or lost, a timeout), or the service said it cannot answer now (408, 429, 502, 503, 504, or another 5xx). A 4xx
 * answer is the service's verdict on the request and an open circuit breaker is our own verdict: neither is
 * retried. The answer is read from a {@link WebApplicationException} or from any exception with a public
 * {@code Response getResponse()}, as the clients openapi-generator writes throw ({@code ApiException}). For
 * SmallRye Fault Tolerance: {@code @Retry(...) @RetryWhen(exception = TransientCallFailure.class)}.
 */
public final class TransientCallFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return isTransient(failure);
    }

    /** The whole cause chain is read: an answer found in it (a status) decides over the wrapper around it. */
    public static boolean isTransient(Throwable failure) {
        boolean unanswered = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof CircuitBreakerOpenException) {
                return false;
            }
            Response answer = answer(t);
            if (answer != null) {
                return retryableStatus(answer.getStatus());
            }
            unanswered |= t instanceof ProcessingException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
        }
        return unanswered;
    }

    /**
     * The answer a failed call carried, read along the cause chain; null when none came. A generated client's
     * exception mapper is a global provider once its jar is indexed, so even a client that reads every status
     * itself may see a 4xx as an exception: this is how such a caller gets its answer back.
     */
    public static Response answerIn(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            Response answer = answer(t);
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    private static Response answer(Throwable t) {
        if (t instanceof WebApplicationException answered) {
            return answered.getResponse();
        }
        try {
            Method getter = t.getClass().getMethod("getResponse");
            return Response.class.isAssignableFrom(getter.getReturnType()) ? (Response) getter.invoke(t) : null;
        } catch (ReflectiveOperationException | RuntimeException noAnswer) {
            return null;
        }
    }

    /** 408 and 429 ask the caller to come back; 5xx are the server's trouble, except "not implemented" (501, 505). */
    static boolean retryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }
}
