package dev.ccp.litigation.cases.application;

import dev.ccp.core.problem.ProblemException;
import java.util.List;

/**
 * seller-service did not answer, or answered that it cannot now: a 503, so core's consumer holds the event and
 * retries it (never parking it), and a case is never opened without its seller's linked accounts.
 */
public class SellerServiceUnavailableException extends ProblemException {
    public SellerServiceUnavailableException(String detail, Throwable cause) {
        super(503, "seller-service unavailable", detail, List.of());
        initCause(cause);
    }
}
