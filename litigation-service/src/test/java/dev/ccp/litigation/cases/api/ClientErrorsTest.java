package dev.ccp.litigation.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.Cases;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * litigation-service answers bad requests like every service (core's ProblemMappers and RouterProblems), here with
 * its own, smaller body limit (quarkus.http.limits.max-body-size=512K).
 */
@QuarkusTest
class ClientErrorsTest {
    private static final String PROBLEM = "application/problem+json";
    private static final int LIMIT = 512 * 1024;

    @TestHTTPResource("/")
    URI root;

    @Test
    void aCaseOverTheBodyLimitIsA413NamingTheLimitAndNoCaseIsOpened() throws Exception {
        String seller = Cases.unique("s");
        byte[] json = ("{\"title\": \"Oversized\", \"brandIds\": [\"b-bmw\"], \"sellerIds\": [\"" + seller + "\"]}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[LIMIT + 1];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, 0, json.length);

        // refused on its Content-Length alone, before any of it is sent
        String declared = declaring("/api/v1/cases", body.length);
        assertThat(declared).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(declared).contains("at most 524288 bytes (512 KiB)").contains("\"field\":\"body\"");

        HttpResponse<String> chunked = http().send(opening()
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(chunked.body()).contains("at most 524288 bytes (512 KiB)");

        given().header("Authorization", TestTokens.bearer("legal")).queryParam("sellerId", seller).get("/api/v1/cases")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anUnknownPathAWrongMethodAndWrongMediaTypesAreProblems() {
        String legal = TestTokens.bearer("legal");
        given().header("Authorization", legal).get("/api/v1/casez").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("nothing is served at /api/v1/casez"));
        given().header("Authorization", legal).delete("/api/v1/cases/{id}", "c-1")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().header("Authorization", TestTokens.bearer("investigator")).contentType("application/xml")
                .body("<case/>").post("/api/v1/cases")
                .then().statusCode(415).contentType(PROBLEM).body("errors[0].field", equalTo("Content-Type"));
        given().header("Authorization", legal).accept("text/csv").get("/api/v1/cases")
                .then().statusCode(406).contentType(PROBLEM).body("errors[0].field", equalTo("Accept"));
    }

    @Test
    void badJsonNamesTheFieldAndNoCaseIsOpened() {
        String seller = Cases.unique("s");
        Cases.opening("{\"title\": \"Broken\", \"sellerIds\": [\"" + seller + "\"], \"brandIds\": [b-bmw]}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("brandIds"))
                .body("detail", containsString("line 1, column"));
        Cases.opening(Map.of("title", "Wrong shape", "sellerIds", List.of(seller), "brandIds", "b-bmw"))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("brandIds"));
        Cases.opening(Map.of("title", "Wrong shape", "sellerIds", List.of(seller), "brandIds", List.of("b-bmw"),
                        "defendants", List.of(Map.of("sellerId", Map.of("id", seller)))))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("defendants[0].sellerId"));
        given().header("Authorization", TestTokens.bearer("legal")).queryParam("sellerId", seller).get("/api/v1/cases")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA400NamingIt() {
        given().header("Authorization", TestTokens.bearer("legal")).queryParam("page", "first").get("/api/v1/cases")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page")).body("detail", equalTo("page: must be a whole number"));
    }

    private HttpRequest.Builder opening() {
        return HttpRequest.newBuilder(root.resolve("/api/v1/cases"))
                .header("Authorization", TestTokens.bearer("investigator"))
                .header("Content-Type", "application/json");
    }

    /** The head of a POST declaring this many body bytes, and the whole answer, read until the server closes. */
    private String declaring(String path, int length) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nAuthorization: "
                    + TestTokens.bearer("investigator") + "\r\nContent-Type: application/json\r\nContent-Length: " + length
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
