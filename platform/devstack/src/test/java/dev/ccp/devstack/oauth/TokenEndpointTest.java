package dev.ccp.devstack.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.jwt.DevTokens;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token endpoint as an OAuth client sees it, over HTTP on a free port. */
class TokenEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path keys;
    private static TokenServer server;
    private static String secret;

    @BeforeAll
    static void start() {
        server = TokenServer.start(0, keys, Map.of("listing-service", Set.of("service"),
                "reporting-job", Set.of("investigator", "legal")), Duration.ofSeconds(120));
        secret = ServiceClients.secret(keys, "listing-service");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aClientAuthenticatedByHttpBasicGetsABearerTokenSignedByTheLocalKey() throws Exception {
        HttpResponse<String> response = post("grant_type=client_credentials", basic("listing-service", secret));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(120);
        JsonNode claims = verifiedClaims(body.path("access_token").asText());
        assertThat(claims.path("sub").asText()).isEqualTo("listing-service");
        assertThat(claims.path("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(claims.path("aud").toString()).contains(DevTokens.AUDIENCE);
        assertThat(claims.path("groups").toString()).isEqualTo("[\"service\"]");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(120);
    }

    @Test
    void aClientMayAuthenticateWithFormParametersAndGetsTheRolesOfItsRegistration() throws Exception {
        String reportingSecret = ServiceClients.secret(keys, "reporting-job");
        HttpResponse<String> response = post("grant_type=client_credentials&client_id=reporting-job&client_secret="
                + URLEncoder.encode(reportingSecret, StandardCharsets.UTF_8), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claims = verifiedClaims(JSON.readTree(response.body()).path("access_token").asText());
        assertThat(claims.path("sub").asText()).isEqualTo("reporting-job");
        assertThat(claims.path("groups").toString()).contains("investigator", "legal");
    }

    @Test
    void twoTokensForOneClientAreDistinct() throws Exception {
        String first = JSON.readTree(post("grant_type=client_credentials", basic("listing-service", secret)).body())
                .path("access_token").asText();
        String second = JSON.readTree(post("grant_type=client_credentials", basic("listing-service", secret)).body())
                .path("access_token").asText();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aWrongSecretAnUnknownClientOrNoCredentialsIsAnInvalidClient() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                post("grant_type=client_credentials", basic("listing-service", secret + "0")),
                post("grant_type=client_credentials", basic("mallory", secret)),
                post("grant_type=client_credentials&client_id=listing-service", null),
                post("grant_type=client_credentials", null)}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("invalid_client");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
        }
    }

    @Test
    void anotherGrantIsUnsupported() throws Exception {
        HttpResponse<String> response = post("grant_type=password&username=a&password=b",
                basic("listing-service", secret));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void malformedRequestsAreInvalidRequests() throws Exception {
        String both = "grant_type=client_credentials&client_id=listing-service&client_secret=" + secret;
        assertThat(error(post(both, basic("listing-service", secret)))).isEqualTo("invalid_request");
        assertThat(error(post("", basic("listing-service", secret)))).isEqualTo("invalid_request");
        assertThat(error(post("grant_type=client_credentials&grant_type=client_credentials",
                basic("listing-service", secret)))).isEqualTo("invalid_request");
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/json").header("Authorization", basic("listing-service", secret))
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(error(json)).isEqualTo("invalid_request");
    }

    @Test
    void theTokenEndpointAnswersOnlyPost() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void discoveryNamesTheTokenEndpointAndTheKeyThatVerifiesItsTokens() throws Exception {
        JsonNode doc = get("/.well-known/openid-configuration");
        assertThat(doc.path("token_endpoint").asText()).isEqualTo(server.baseUrl() + "/oauth2/token");
        assertThat(doc.path("grant_types_supported").toString()).contains("client_credentials");

        JsonNode key = get("/oauth2/jwks").path("keys").path(0);
        Base64.Decoder url = Base64.getUrlDecoder();
        PublicKey published = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, url.decode(key.path("n").asText())), new BigInteger(1, url.decode(key.path("e").asText()))));
        String token = JSON.readTree(post("grant_type=client_credentials", basic("listing-service", secret)).body())
                .path("access_token").asText();
        assertThat(signatureValid(token, published)).isTrue();
    }

    @Test
    void aClientSecretIsMadeOnceAndReadableByItsOwnerOnly() throws Exception {
        Path file = ServiceClients.secretFile(keys, "listing-service");
        assertThat(ServiceClients.secret(keys, "listing-service")).isEqualTo(secret).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String form, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String error(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(400);
        return JSON.readTree(response.body()).path("error").asText();
    }

    private static JsonNode verifiedClaims(String jwt) throws Exception {
        String pem = Files.readString(keys.resolve("jwt-public.pem"));
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(
                Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
        assertThat(signatureValid(jwt, key)).as("signed by the local key").isTrue();
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static boolean signatureValid(String jwt, PublicKey key) throws Exception {
        String[] parts = jwt.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
