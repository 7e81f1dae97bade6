package dev.ccp.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.ccp.contracts.listing.BrandRemovalPrivilegeSuspended;
import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingHeld;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.listing.ListingReinstated;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.contracts.listing.ListingReviewed;
import dev.ccp.contracts.listing.ListingSnapshot;
import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.contracts.litigation.CaseOpened;
import dev.ccp.contracts.litigation.CaseStatusChanged;
import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.contracts.seller.DecisionReason;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.contracts.seller.SellerRejected;
import dev.ccp.contracts.seller.SellerReinstated;
import dev.ccp.contracts.seller.SellerReviewRequired;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.contracts.takedown.StatementIssued;
import dev.ccp.contracts.takedown.TakedownAccountClosed;
import dev.ccp.contracts.takedown.TakedownCompleted;
import dev.ccp.contracts.takedown.TakedownAppealDenied;
import dev.ccp.contracts.takedown.TakedownAppealFiled;
import dev.ccp.contracts.takedown.TakedownAppealGranted;
import dev.ccp.contracts.takedown.TakedownInventoryHeld;
import dev.ccp.contracts.takedown.TakedownInventorySettled;
import dev.ccp.contracts.takedown.TakedownListingRemoved;
import dev.ccp.contracts.takedown.TakedownOpened;
import dev.ccp.contracts.takedown.TakedownReversed;
import dev.ccp.contracts.takedown.TakedownStepFailed;
import dev.ccp.contracts.takedown.CustomerNotified;
import dev.ccp.contracts.takedown.RefundFailed;
import dev.ccp.contracts.takedown.RefundIssued;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    private static final List<DecisionReason> REASONS = List.of(new DecisionReason("NO_LINKS", "no link found"));
    private static final List<ScreeningSignal> SIGNALS = List.of(
            new ScreeningSignal("BRAND_TERM_DISGUISED", 60, "writes Acme in disguise"));

    static Stream<DomainEvent> oneOfEachType() {
        return Stream.of(
                new SellerRegistered("s-1", "Moda Shop", "ES", NOW),
                new SellerVerified("s-1", 0, REASONS, NOW),
                new SellerReviewRequired("s-1", 40, REASONS, NOW),
                new SellerRejected("s-1", 100, REASONS, NOW),
                new SellerSuspended("s-1", "investigation", "alice", NOW),
                new SellerReinstated("s-1", "appeal granted", "bob", NOW),
                new SellerClosed("s-1", "COUNTERFEIT", "takedown t-1", NOW),
                new ListingPublished("l-1", "s-1", List.of(), 0, List.of(), ScreeningCause.SUBMITTED, NOW),
                new ListingHeld("l-1", "s-1", List.of("b-1"), 45, SIGNALS, ScreeningCause.RESCREENED, NOW),
                new ListingBlocked("l-1", "s-1", List.of("b-1"), 80, SIGNALS, ScreeningCause.UPDATED, NOW),
                new ListingCounterfeitConfirmed("l-1", "s-1", List.of("b-1"), new ListingSnapshot("Acme bag", null,
                        "Acme", "handbags", new Money(new BigDecimal("19.90"), "EUR"), 40, List.of("00ff00ff00ff00ff")),
                        80, SIGNALS, "same stitching as seized stock", "mod-ana", NOW),
                new ListingRemoved("l-1", "s-1", List.of("b-1"), "COUNTERFEIT", "takedown t-1", "takedown-service", NOW),
                new ListingReviewed("l-1", "s-1", List.of("b-1"), "OTHER_INFRINGEMENT", "COPYRIGHT",
                        "the brand's own catalogue photos", "mod-ana", "HELD", "BLOCKED", 45, NOW),
                new ListingReinstated("l-1", "s-1", List.of("b-1"), "PUBLISHED", "APPEAL_GRANTED", "appeal a-1",
                        "trust-ana", NOW),
                new PromotionReported("p-1", "INSTAGRAM", "https://instagram.example/p/1", "@deals", "b-1",
                        "Acme vibes for less", List.of("l-1"), NOW, "investigator-ivan", NOW),
                new ViolationReportReceived("r-1", "b-1", "COUNTERFEIT", List.of("l-1", "l-2"), NOW),
                new BrandRemovalPrivilegeSuspended("b-1", 10, 2, 20, 20, "P90D", NOW),
                new StatementIssued("t-1", "sor-1", "t-1", "s-1", "l-1", "LISTING_REMOVED", "The listing was removed.",
                        "Art. 9(2)(a) EUTMR", "Counterfeit of Acme", List.of("Acme"), true, "NOT_AUTOMATED",
                        List.of("DE", "FR"), new StatementIssued.Redress(NOW.plusSeconds(86_400), "appeal in the "
                        + "seller centre", "a certified body", "the courts"), NOW, NOW),
                new RefundIssued("t-1", "r-1", "o-1", "l-1", "c-1", new Money(new BigDecimal("173.97"), "EUR"),
                        "re_1", NOW),
                new RefundFailed("t-1", "r-1", "o-1", "l-1", "c-1", new Money(new BigDecimal("173.97"), "EUR"),
                        "expired_or_canceled_card", 1, NOW.plusSeconds(3600), NOW),
                new CustomerNotified("t-1", "o-1", "c-1", new Money(new BigDecimal("1000"), "JPY"), "re_1",
                        "the listing you bought from was removed as counterfeit", NOW),
                new JudgmentEntered("case-1", "EUIPO court Alicante", "123/2026", LocalDate.parse("2026-03-20"),
                        List.of(new JudgmentEntered.Defendant("SELLER", "s-1", "Torres Market S.L."))),
                new CaseOpened("case-1", "Counterfeits of b-1: seller s-1 and linked accounts", List.of("b-1"),
                        List.of(new CaseOpened.Party("SELLER", "s-1"), new CaseOpened.Party("SELLER", "s-2")),
                        "litigation-service", "e-1", NOW),
                new CaseStatusChanged("case-1", "FILED", "JUDGMENT", "judgment entered on 2026-03-20", "legal-lea", NOW),
                new TakedownOpened("t-1", "l-1", "s-1", List.of("b-1"), 40, true, "mod-ana", NOW, "e-1", NOW),
                new TakedownListingRemoved("t-1", "l-1", "s-1", NOW),
                new TakedownInventoryHeld("t-1", "l-1", "s-1", 40, NOW),
                new TakedownStepFailed("t-1", "l-1", "REMOVE_LISTING", 1, "404: no such listing", NOW),
                new TakedownAccountClosed("t-1", "s-1", "l-1", 1, "REGISTERED_BRAND", NOW),
                new TakedownCompleted("t-1", "l-1", "s-1", List.of("b-1"), 40, 2,
                        List.of(new TakedownCompleted.RefundedAmount(new Money(new BigDecimal("347.94"), "EUR"), 2)),
                        0, "CLOSED", NOW),
                new TakedownInventorySettled("t-1", "l-1", "s-1", 40, "RELEASED", "trust-ana", NOW),
                new TakedownAppealFiled("t-1", "ap-1", "l-1", "s-1", NOW),
                new TakedownAppealGranted("t-1", "ap-1", "l-1", "s-1", List.of("b-1"), "b-1", "trust-ana",
                        "the invoice proves the goods genuine", NOW),
                new TakedownAppealDenied("t-1", "ap-1", "l-1", "s-1", "trust-ana", null, NOW),
                new TakedownReversed("t-1", "l-1", "s-1", List.of("b-1"), "COUNTER_NOTICE_UPHELD", "cn-1", "mod-ana",
                        NOW));
    }

    @Test
    void everyRegisteredTypeHasASampleHereAndASchema() {
        assertThat(oneOfEachType().map(DomainEvent::eventType)).containsExactlyInAnyOrderElementsOf(EventTypes.all());
        for (String type : EventTypes.all()) {
            assertThat(getClass().getClassLoader().getResource(EventTypes.schemaResource(type, 1)))
                    .as("schema of %s", type).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("oneOfEachType")
    void payloadOnTheWireMatchesItsSchemaAndReadsBackEqual(DomainEvent event) throws Exception {
        EventEnvelope sent = EventEnvelope.wrap("/test", event, NOW);
        String wire = EventJson.write(sent);

        EventEnvelope received = EventJson.read(wire);
        assertThat(received.specversion()).isEqualTo("1.0");
        assertThat(received.subject()).isEqualTo(event.aggregateId());
        assertThat(received.dataschema()).isEqualTo("urn:ccp:schema:" + event.eventType() + ":v1");
        assertThat(received.payload()).isEqualTo(event);
        assertThat(schemaOf(event.eventType()).validate(received.data())).isEmpty();
    }

    @Test
    void schemaRejectsAPayloadMissingItsAggregateId() throws Exception {
        JsonNode data = EventJson.mapper().readTree("{\"reason\":\"COUNTERFEIT\",\"closedAt\":\"2026-04-01T10:00:00Z\"}");
        assertThat(schemaOf(SellerClosed.TYPE).validate(data)).isNotEmpty();
    }

    @Test
    void anEventThatIsNotACloudEventIsMalformed() {
        assertThatThrownBy(() -> EventJson.read("{not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("{\"id\":\"1\"}")).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aPayloadThatBreaksItsRecordIsMalformedNotANullPointer() {
        String wire = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"source\":\"/x\",\"type\":\"seller.closed\","
                + "\"data\":{\"reason\":\"COUNTERFEIT\"}}";
        EventEnvelope envelope = EventJson.read(wire);
        assertThatThrownBy(envelope::payload).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anUnknownTypeIsMalformed() {
        EventEnvelope envelope = EventJson.read("{\"specversion\":\"1.0\",\"id\":\"e1\",\"source\":\"/x\","
                + "\"type\":\"seller.teleported\",\"data\":{}}");
        assertThatThrownBy(envelope::payload).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown event type");
    }

    private JsonSchema schemaOf(String type) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventTypes.schemaResource(type, 1))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
