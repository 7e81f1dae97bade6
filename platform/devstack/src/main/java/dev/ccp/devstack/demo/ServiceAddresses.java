package dev.ccp.devstack.demo;

/**
 * Where the demo finds each service and the payment provider: the fixed local ports of DESIGN.md §7 for {@code bin/ccp
 * demo}, other ones for a test that starts its own stack beside a running one.
 */
public record ServiceAddresses(String sellers, String listings, String takedowns, String cases,
        String paymentProvider) {
    public static final ServiceAddresses LOCAL = new ServiceAddresses("http://127.0.0.1:8081",
            "http://127.0.0.1:8082", "http://127.0.0.1:8083", "http://127.0.0.1:8084", "http://127.0.0.1:8090");
}
