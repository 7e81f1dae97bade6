package dev.ccp.takedown.takedowns.application;

/**
 * Statements of reasons for actions against a seller (EU DSA Art. 17). A port: the step runner says what was done
 * and why; the {@code statements} feature writes, stores, sends and exports the statement.
 */
public interface StatementsOfReasons {

    /** Issues the statement for one action, once per takedown and action: a repeat changes nothing. */
    void issue(StatementFacts facts);
}
