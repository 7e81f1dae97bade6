package dev.ccp.listing.partner.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Limits see the request as the router does, and the token exchange's limits fall on whoever sends junk. The test
 * profile allows 100 requests a minute per brand and 20 failed exchanges a minute per address and per key id;
 * 127.0.0.1 is the trusted proxy, so each test's made-up forwarded address is a client of its own.
 */
@QuarkusTest
class PartnerRateLimitTest {
    private static final String JUNK = "ccpk_0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @Test
    void aDoubledSlashBeforeTheTokenPathDoesNotEscapeTheExchangeLimit() {
        String client = someAddress();
        RawHttp.Answer last = untilLimited(() -> RawHttp.viaProxy().header("X-Forwarded-For", client)
                .header("X-API-Key", JUNK).post("//partner/v1/token"), 40);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(last.header("Retry-After")).isNotBlank();
    }

    @Test
    void anEscapedLetterInThePathDoesNotEscapeTheBrandLimit() {
        assertBrandLimited(brand -> "/%70artner/v1/brands/" + brand);
    }

    @Test
    void aDotSegmentInThePathDoesNotEscapeTheBrandLimit() {
        assertBrandLimited(brand -> "/partner/./v1/brands/" + brand);
    }

    @Test
    void junkFromOneAddressIsLimitedWhileAPartnerBehindTheSameProxyStillGetsItsToken() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String attacker = someAddress();
        String partner = someAddress();
        String guessAtTheRealKeyId = "ccpk_" + PartnerKeyRevocationTest.keyIdOf(brand.apiKey())
                + ".BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            String presented = i % 2 == 0 ? JUNK.replace("0123", String.format("%04d", i)) : guessAtTheRealKeyId;
            int status = RawHttp.viaProxy().header("X-Forwarded-For", attacker).header("X-API-Key", presented)
                    .post("/partner/v1/token").status();
            assertThat(status).isIn(401, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("the junk is limited").isGreaterThanOrEqualTo(35);

        RawHttp.Answer real = RawHttp.viaProxy().header("X-Forwarded-For", partner)
                .header("X-API-Key", brand.apiKey()).post("/partner/v1/token");
        assertThat(real.status()).as("the partner's own exchange").isEqualTo(200);
        assertThat(real.body()).contains("accessToken");
    }

    @Test
    void aClientCannotPickItsAddressByWritingTheForwardedHeaderItself() {
        String client = someAddress();
        RawHttp.Answer last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            // an ingress that appends keeps whatever the client wrote in front of the address it saw; a new key id
            // each time, so only the address can be what limits it
            last = RawHttp.viaProxy().header("X-Forwarded-For", someAddress() + ", " + client)
                    .header("X-API-Key", JUNK.replace("0123", String.format("%04d", i))).post("/partner/v1/token");
        }
        assertThat(last.status()).isEqualTo(429);
    }

    @Test
    void aForwardedAddressFromAPeerThatIsNotATrustedProxyIsNotBelieved() {
        RawHttp.Answer last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            // a new forwarded address each time: were it believed, no address would reach its limit
            last = RawHttp.from("127.0.0.2").header("X-Forwarded-For", someAddress()).header("X-API-Key", JUNK)
                    .post("/partner/v1/token");
        }
        assertThat(last.status()).isEqualTo(429);
    }

    private static void assertBrandLimited(java.util.function.Function<String, String> path) {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        RawHttp.Answer first = RawHttp.viaProxy().header("Authorization", token).get(path.apply(brand.id()));
        assertThat(first.status()).as("the odd spelling reaches the endpoint").isEqualTo(200);
        RawHttp.Answer last = untilLimited(() -> RawHttp.viaProxy().header("Authorization", token)
                .get(path.apply(brand.id())), 150);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
    }

    private static RawHttp.Answer untilLimited(Supplier<RawHttp.Answer> request, int attempts) {
        RawHttp.Answer last = null;
        for (int i = 0; i < attempts && (last == null || last.status() != 429); i++) {
            last = request.get();
        }
        return last;
    }

    /** An address from the documentation ranges, different for each use. */
    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
