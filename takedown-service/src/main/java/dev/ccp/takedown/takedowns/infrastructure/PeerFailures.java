package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.takedown.takedowns.application.PeerCallException;
import dev.ccp.takedown.takedowns.application.RefusedByPeerException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

/**
 * Sorts a failed call of another service: a 4xx that the same request will meet again (404 no such listing, 400,
 * 403, 409 key reused) is permanent; 5xx, 408, 429, 401 (a token that may renew), timeouts and refused
 * connections are transient.
 */
final class PeerFailures {
    private PeerFailures() {
    }

    /**
     * Any failure of a call: sorted by the answer it carries, whichever generated client's exception wraps it (each
     * client jar brings a global exception mapper, so a listing-service answer may come as seller-client's
     * ApiException), or as no answer at all.
     */
    static PeerCallException of(String what, RuntimeException failure) {
        if (failure instanceof ProcessingException unanswered) {
            return unreachable(what, unanswered);
        }
        Response answer = TransientCallFailure.answerIn(failure);
        return answer == null ? new PeerCallException(what + " failed: " + failure, false, failure)
                : ofStatus(what, answer, failure);
    }

    /**
     * Returns when the peer answered 409 (it is in the requested state already, e.g. back before): for a request
     * whose effect is a state, that is success. Any other failure is thrown as {@link #of}.
     */
    static void unlessConflict(String what, RuntimeException failure) {
        PeerCallException sorted = of(what, failure);
        if (!(sorted instanceof RefusedByPeerException refused && refused.conflict())) {
            throw sorted;
        }
    }

    static PeerCallException ofStatus(String what, Response response, RuntimeException cause) {
        int status = response == null ? 0 : response.getStatus();
        boolean permanent = status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
        String message = what + " answered " + status + detail(response);
        return permanent ? new RefusedByPeerException(message, status, cause) : new PeerCallException(message, false, cause);
    }

    static PeerCallException unreachable(String what, ProcessingException cause) {
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new PeerCallException(what + " did not answer: " + root.getClass().getSimpleName() + ": "
                + root.getMessage(), false, cause);
    }

    private static String detail(Response response) {
        try {
            String body = response == null || !response.hasEntity() ? "" : response.readEntity(String.class);
            return body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) : body);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
