package dev.ccp.litigation.cases.domain;

/** A status change the case's lifecycle does not allow (a 409 to the caller). */
public class IllegalCaseTransitionException extends RuntimeException {
    public IllegalCaseTransitionException(String caseId, CaseStatus from, CaseStatus to) {
        super("case " + caseId + " is " + from + " and cannot become " + to
                + (from.next().isEmpty() ? "; it is closed" : "; it can become " + from.next()));
    }
}
