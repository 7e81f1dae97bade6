package dev.ccp.litigation.cases.application;

import dev.ccp.core.problem.ProblemException;
import java.util.List;

/**
 * listing-service did not answer, or answered that it cannot now: a 503, so core's consumer holds the event and
 * retries it (never parking it), and a case is never opened with a brand id where its name is to come.
 */
public class ListingServiceUnavailableException extends ProblemException {
    public ListingServiceUnavailableException(String detail, Throwable cause) {
        super(503, "listing-service unavailable", detail, List.of());
        initCause(cause);
    }
}
