package dev.ccp.listing.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffTokenTest {
    private static final String SOME_LISTING = "/api/v1/listings/no-such-listing";

    @Test
    void aTokenOfTheRightIssuerAndKeyIsRefusedWhenMadeForAnotherAudienceOrForNone() {
        given().header("Authorization", TestTokens.bearer("marketplace")).when().get(SOME_LISTING)
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearerForAudience("some-other-app", "marketplace"))
                .when().get(SOME_LISTING).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearerForAudience(null, "marketplace"))
                .when().get(SOME_LISTING).then().statusCode(401).contentType("application/problem+json");
    }

    /** Marketplace back-ends reuse one token for every listing: checked once, then remembered, never loosened. */
    @Test
    void aTokenIsVerifiedOnceWhileRememberedButForgedAndExpiredOnesAreCheckedEachTime() {
        String token = TestTokens.bearer("marketplace");
        int before = CountingJwtParser.checks();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get(SOME_LISTING).then().statusCode(404);
        }
        assertThat(CountingJwtParser.checks() - before).as("one check for three requests").isEqualTo(1);

        String forged = TestTokens.forgedBearer("marketplace");
        String expired = TestTokens.expiredBearer("marketplace");
        before = CountingJwtParser.checks();
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", forged).when().get(SOME_LISTING).then().statusCode(401);
            given().header("Authorization", expired).when().get(SOME_LISTING).then().statusCode(401);
        }
        assertThat(CountingJwtParser.checks() - before).as("never remembered, so checked every time").isEqualTo(4);
    }
}
