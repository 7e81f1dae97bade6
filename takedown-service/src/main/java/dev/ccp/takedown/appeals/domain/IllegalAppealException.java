package dev.ccp.takedown.appeals.domain;

/** The appeal cannot do that in its state (decided twice, filed too late); the message says why. */
public class IllegalAppealException extends RuntimeException {

    public IllegalAppealException(String message) {
        super(message);
    }
}
