package dev.ccp.takedown.statements.application;

import dev.ccp.core.problem.ProblemException;
import java.util.List;

/**
 * listing-service could not answer (down, slow, refusing our token, 5xx): a statement waits for it rather than name a
 * brand wrongly. A 503 problem, so core's failure sorting ({@code Failures}) and the step runner see it as transient
 * and try again later; the cause is kept for the log.
 */
public class ListingServiceUnavailableException extends ProblemException {
    public ListingServiceUnavailableException(String what, Throwable cause) {
        super(503, "Service unavailable", "listing-service could not answer for " + what, List.of());
        initCause(cause);
    }
}
