package dev.ccp.litigation.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The envelope written directly (what verification hashes) is byte for byte the one built and canonicalised
 * through the JCS library (what every entry was recorded with), whatever the strings hold.
 */
class EntryEnvelopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 2000)
    void theDirectEnvelopeIsTheCanonicalOne(@ForAll("texts") String caseId, @ForAll @LongRange(min = 1,
            max = 9_007_199_254_740_991L) long sequence, @ForAll("texts") String type, @ForAll("texts") String value,
            @ForAll("texts") String recordedBy, @ForAll("maybe") String sourceEventId,
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long millis) throws Exception {
        String content = CanonicalJson.of(JSON.writeValueAsString(Map.of("title", value, value, 1.5, "n", sequence)));
        Instant at = Instant.ofEpochMilli(millis);
        String hash = Sha256.hex(content);
        assertThat(EntryEnvelope.ofCanonicalContent(caseId, sequence, type, content, hash, Sha256.GENESIS,
                recordedBy, at, sourceEventId)).isEqualTo(EntryEnvelope.canonical(caseId, sequence, type, content,
                hash, Sha256.GENESIS, recordedBy, at, sourceEventId));
    }

    @Test
    void everyEscapeRfc8785WritesIsWrittenTheSameWay() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x250; c++) {
            all.append(c);
        }
        String text = all + "\u2028\u2029\ufeff\uffff \ud83d\ude00 \ud800";
        String content = CanonicalJson.of("{\"a\":1}");
        Instant at = Instant.parse("2026-12-01T12:00:00.120Z");
        assertThat(EntryEnvelope.ofCanonicalContent(text, 7, "NOTE", content, "h", "p", text, at, null))
                .isEqualTo(EntryEnvelope.canonical(text, 7, "NOTE", content, "h", "p", text, at, null));
        String plain = all.toString();
        assertThat(EntryEnvelope.ofCanonicalContent(plain, 7, null, content, "h", "p", plain, at, plain))
                .isEqualTo(EntryEnvelope.canonical(plain, 7, null, content, "h", "p", plain, at, plain));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("\"\\/\b\f\n\r\t\u0000\u001f\u007f\u0080\u2028é€ab").ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> maybe() {
        return texts().injectNull(0.3);
    }
}
