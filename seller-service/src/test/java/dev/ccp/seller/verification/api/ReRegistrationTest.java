package dev.ccp.seller.verification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.seller.support.Applications;
import dev.ccp.seller.support.Sellers;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A closed seller comes back under a new name, reusing one strong attribute written another way. */
@QuarkusTest
class ReRegistrationTest {

    @SuppressWarnings("unchecked")
    static Stream<Arguments> disguisedReuse() {
        return Stream.of(
                Arguments.of("REREGISTRATION_BANK_ACCOUNT", (UnaryOperator<Map<String, Object>>) old -> Map.of(
                        "bankAccount", Map.of("iban", spaced(((Map<String, String>) old.get("bankAccount")).get("iban").toLowerCase())))),
                Arguments.of("REREGISTRATION_TAX_ID", (UnaryOperator<Map<String, Object>>) old -> Map.of(
                        "taxId", "ES" + old.get("taxId").toString().replace("-", ". "))),
                Arguments.of("REREGISTRATION_DOCUMENT", (UnaryOperator<Map<String, Object>>) old -> {
                    Map<String, Object> doc = new HashMap<>((Map<String, Object>) old.get("document"));
                    doc.put("number", spaced(doc.get("number").toString()));
                    doc.put("type", "NATIONAL_ID");
                    return Map.of("document", doc);
                }),
                Arguments.of("REREGISTRATION_EMAIL", (UnaryOperator<Map<String, Object>>) old -> Map.of(
                        "email", old.get("email").toString().toUpperCase())),
                Arguments.of("REREGISTRATION_PHONE", (UnaryOperator<Map<String, Object>>) old -> Map.of(
                        "phone", "+34 " + old.get("phone"))),
                Arguments.of("REREGISTRATION_DEVICE", (UnaryOperator<Map<String, Object>>) old -> Map.of(
                        "deviceId", old.get("deviceId").toString().toUpperCase())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguisedReuse")
    void aClosedSellerReusingOneStrongAttributeIsRejectedWithoutLearningAnythingAboutTheOldAccount(String code,
            UnaryOperator<Map<String, Object>> reuse) {
        Map<String, Object> old = Applications.valid();
        String closedId = Sellers.apply(old).then().statusCode(201).extract().path("id");
        Sellers.close(closedId);

        Map<String, Object> comeback = Applications.valid();
        comeback.putAll(reuse.apply(old));
        String body = Sellers.apply(comeback).then().statusCode(201)
                .body("status", equalTo("REJECTED"))
                .body("verification.score", equalTo(100))
                .body("verification.reasons.code", hasItem(code))
                .body(not(containsString(closedId)))
                .body(not(containsString(old.get("legalName").toString())))
                .extract().asString();
        String rejectedId = EventJson.mapper().valueToTree(parse(body)).get("id").asText();
        assertThat(TestKafka.await(Topics.SELLERS, r -> rejectedId.equals(r.key())
                && EventJson.read(r.value()).type().equals("seller.rejected"), 1, Duration.ofSeconds(20))).hasSize(1);
    }

    @Test
    void gmailDotsAndTagsDoNotDisguiseAMailbox() {
        Map<String, Object> old = Applications.with("email", "bad.actor.x" + System.nanoTime() + "@gmail.com");
        String closedId = Sellers.apply(old).then().statusCode(201).extract().path("id");
        Sellers.close(closedId);
        String local = old.get("email").toString().split("@")[0].replace(".", "");
        Sellers.apply(Applications.with("email", local + "+shop2@googlemail.com")).then().statusCode(201)
                .body("status", equalTo("REJECTED")).body("verification.reasons.code", hasItem("REREGISTRATION_EMAIL"));
    }

    @Test
    void theAddressOfAClosedSellerWrittenDifferentlySendsToReviewNotRejection() {
        Map<String, Object> old = Applications.valid();
        String closedId = Sellers.apply(old).then().statusCode(201).extract().path("id");
        Sellers.close(closedId);
        @SuppressWarnings("unchecked")
        Map<String, Object> address = new HashMap<>((Map<String, Object>) old.get("address"));
        address.put("line1", address.get("line1").toString().toUpperCase().replace("CALLE", "C/"));
        Map<String, Object> neighbour = Applications.valid();
        neighbour.put("address", address);
        Sellers.apply(neighbour).then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("verification.reasons.code", hasItem("ADDRESS_OF_BARRED_ACCOUNT"));
    }

    @Test
    void aFamilyMemberAtTheAddressOfAnActiveSellerIsVerified() {
        Map<String, Object> first = Applications.valid();
        Sellers.apply(first).then().statusCode(201).body("status", equalTo("VERIFIED"));
        Map<String, Object> relative = Applications.valid();
        relative.put("address", first.get("address"));
        Sellers.apply(relative).then().statusCode(201).body("status", equalTo("VERIFIED"));
    }

    @Test
    void aLookAlikeOfAClosedShopNameSendsToReview() {
        Map<String, Object> old = Applications.with("displayName", "Zafiro Emporium " + Long.toString(System.nanoTime(), 36));
        Sellers.close(Sellers.apply(old).then().statusCode(201).extract().path("id"));
        String lookAlike = old.get("displayName").toString().replace("o", "0") + " EU";
        Sellers.apply(Applications.with("displayName", lookAlike)).then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("verification.reasons.code", hasItem("NAME_VARIANT_OF_BARRED_ACCOUNT"));
    }

    @Test
    void aBurstOfSignupsFromOneDeviceSendsTheWholeBurstToReview() {
        String device = "burst-device-" + System.nanoTime();
        String first = Sellers.apply(Applications.with("deviceId", device)).then().statusCode(201)
                .body("status", equalTo("VERIFIED")).extract().path("id");
        String second = Sellers.apply(Applications.with("deviceId", device.toUpperCase())).then().statusCode(201)
                .extract().path("id");
        Sellers.apply(Applications.with("deviceId", device)).then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("verification.reasons.code", hasItem("DEVICE_SIGNUP_BURST"));
        assertThat(Sellers.status(first)).isEqualTo("PENDING_REVIEW");
        assertThat(Sellers.status(second)).isEqualTo("PENDING_REVIEW");
        assertThat(TestKafka.await(Topics.SELLERS, r -> first.equals(r.key())
                && EventJson.read(r.value()).type().equals("seller.review-required"), 1, Duration.ofSeconds(20)))
                .hasSize(1);
    }

    @Test
    void threeSignupsFromOneNetworkAddressAreNeighboursAFourthMakesABurstForReview() {
        String ip = "192.0.2." + (System.nanoTime() % 200 + 1);
        String first = Sellers.apply(Applications.with("ipAddress", ip)).then().statusCode(201)
                .body("status", equalTo("VERIFIED")).extract().path("id");
        Sellers.apply(Applications.with("ipAddress", ip)).then().body("status", equalTo("VERIFIED"));
        Sellers.apply(Applications.with("ipAddress", ip)).then().body("status", equalTo("VERIFIED"));
        Sellers.apply(Applications.with("ipAddress", ip)).then().statusCode(201)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("verification.reasons.code", hasItem("NETWORK_SIGNUP_BURST"));
        assertThat(Sellers.status(first)).isEqualTo("PENDING_REVIEW");
    }

    private static Object parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String spaced(String value) {
        return String.join(" ", value.split("(?<=\\G.{4})"));
    }
}
