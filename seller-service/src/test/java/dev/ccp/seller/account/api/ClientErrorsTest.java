package dev.ccp.seller.account.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.support.Applications;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer a client can provoke by sending the wrong thing is a problem+json 4xx naming what to fix, whether the
 * REST layer or the HTTP layer below it refuses the request (core's ProblemMappers and RouterProblems).
 */
@QuarkusTest
class ClientErrorsTest {
    private static final String PROBLEM = "application/problem+json";
    /** Quarkus's default quarkus.http.limits.max-body-size, which seller-service keeps. */
    private static final int LIMIT = 10240 * 1024;

    @TestHTTPResource("/")
    URI root;

    @Test
    void aBodyOverTheLimitIsA413NamingTheLimitAndNothingIsStored() throws Exception {
        Map<String, Object> application = Applications.valid();
        byte[] body = padded(application, LIMIT + 1);
        // refused on its Content-Length alone, before any of it is sent
        String declared = declaring("/api/v1/sellers", body.length);
        assertThat(declared).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(declared).contains("\"status\":413").contains("at most " + LIMIT + " bytes (10 MiB)")
                .contains("\"field\":\"body\"").doesNotContain("Exception");

        HttpResponse<String> chunked = http().send(post("/api/v1/sellers")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(chunked.body()).contains("at most " + LIMIT + " bytes");

        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .queryParam("name", application.get("displayName")).get("/api/v1/sellers")
                .then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void aClientAskingForHttp2IsAnsweredInHttp11AndHeldToTheLimit() throws Exception {
        // HTTP/2 is off: over it Quarkus would read a body sent without a length past any limit
        byte[] body = padded(Applications.valid(), LIMIT + 1);
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()
                .send(post("/api/v1/sellers").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsReadAsUsual() throws Exception {
        byte[] body = padded(Applications.valid(), 64 * 1024);
        HttpResponse<String> answer = http().send(post("/api/v1/sellers")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().header("Authorization", TestTokens.bearer("marketplace")).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("nothing is served at /api/v1/no-such-thing"));
        given().get("/q/no-such-thing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aWrongMethodIsA405ThatSaysWhichAreAllowed() {
        given().header("Authorization", TestTokens.bearer("marketplace")).delete("/api/v1/sellers")
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"))
                .body("detail", equalTo("DELETE is not allowed on /api/v1/sellers; allowed: GET, HEAD, OPTIONS, POST"));
        given().put("/api/v1/denylist/7").then().statusCode(405).contentType(PROBLEM)
                .header("Allow", equalTo("DELETE, OPTIONS"));
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415NamingTheContentType() {
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType("text/plain").body("hello")
                .post("/api/v1/sellers")
                .then().statusCode(415).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Content-Type"))
                .body("detail", containsString("'text/plain"));
    }

    @Test
    void anAcceptNoRepresentationMeetsIsA406NamingTheAcceptHeader() {
        given().header("Authorization", TestTokens.bearer("trust-admin")).accept("application/xml")
                .get("/api/v1/sellers")
                .then().statusCode(406).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Accept"))
                .body("detail", containsString("'application/xml'"));
    }

    @Test
    void brokenJsonIsA400NamingTheFieldAndThePosition() {
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body("{\"legalName\": \"Tienda\", \"email\": nope}").post("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("email"))
                .body("detail", containsString("line 1, column"));
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body("{\"legalName\": \"Tienda\"").post("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("is not valid JSON"));
    }

    @Test
    void jsonOfTheWrongTypeIsA400NamingTheField() {
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Applications.with("address", "Calle Mayor 1")).post("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("address"));
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body("[]").post("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("verdict", "MAYBE")).post("/api/v1/sellers/{id}/decision", "any")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("verdict"))
                .body("errors[0].message", equalTo("must be one of APPROVE, REJECT"));
    }

    @Test
    void jsonBeyondTheReadersLimitsIsA400NotA500() {
        given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body("{\"sellerId\": " + "9".repeat(2000) + "}").post("/api/v1/denylist")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("Number value length (2000) exceeds the maximum allowed (1000)"))
                .body("detail", not(containsString("StreamReadConstraints")));
        // an unknown field is skipped, but its text is still parsed, so its depth still counts
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body("{\"extra\": " + "[".repeat(1200) + "]".repeat(1200) + "}").post("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"))
                .body("detail", containsString("nesting depth"));
    }

    @Test
    void aQueryOrPathParameterOfTheWrongTypeIsA400NamingIt() {
        String admin = TestTokens.bearer("trust-admin");
        given().header("Authorization", admin).queryParam("status", "SLEEPING").get("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("must be one of VERIFIED, PENDING_REVIEW"));
        given().header("Authorization", admin).queryParam("page", "two").get("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page")).body("errors[0].message", equalTo("must be a whole number"));
        given().header("Authorization", admin).queryParam("size", "99999999999").get("/api/v1/sellers")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size")).body("errors[0].message", containsString("to 2147483647"));
        given().header("Authorization", admin).delete("/api/v1/denylist/{id}", "seven")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id")).body("detail", equalTo("id: must be a whole number"));
    }

    private static byte[] padded(Map<String, Object> application, int size) throws Exception {
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(application);
        byte[] body = new byte[Math.max(size, json.length)];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, 0, json.length);
        return body;
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", TestTokens.bearer("marketplace"))
                .header("Content-Type", "application/json; charset=" + StandardCharsets.UTF_8.name());
    }

    /** The head of a POST declaring this many body bytes, and the whole answer, read until the server closes. */
    private String declaring(String path, int length) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nAuthorization: "
                    + TestTokens.bearer("marketplace") + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
