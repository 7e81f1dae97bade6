package dev.ccp.litigation.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.erdtman.jcs.NumberToJSON;
import org.junit.jupiter.api.Test;

/** The canonical form is RFC 8785's, checked against the RFC's own examples (§3.2.2, §3.2.3, Appendix B). */
class CanonicalJsonTest {

    @Test
    void theRfcsExampleIsCanonicalisedAsTheRfcPrintsIt() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertThat(CanonicalJson.of(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void membersAreSortedByTheirUtf16CodeUnits() {
        String input = """
                {"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                 "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",
                 "\\u00f6": "Latin Small Letter O With Diaeresis"}""";
        assertThat(CanonicalJson.of(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void numbersArePrintedAsEcmaScriptPrintsTheirDouble() throws Exception {
        assertNumber(0x0000000000000000L, "0");
        assertNumber(0x8000000000000000L, "0");
        assertNumber(0x0000000000000001L, "5e-324");
        assertNumber(0x8000000000000001L, "-5e-324");
        assertNumber(0x7fefffffffffffffL, "1.7976931348623157e+308");
        assertNumber(0x4340000000000000L, "9007199254740992");
        assertNumber(0xc340000000000000L, "-9007199254740992");
        assertNumber(0x4430000000000000L, "295147905179352830000");
        assertNumber(0x44b52d02c7e14af5L, "9.999999999999997e+22");
        assertNumber(0x44b52d02c7e14af6L, "1e+23");
        assertNumber(0x3eb0c6f7a0b5ed8dL, "0.000001");
        assertNumber(0x3eb0c6f7a0b5ed8cL, "9.999999999999997e-7");
        assertNumber(0x41b3de4355555555L, "333333333.3333333");
    }

    @Test
    void theCanonicalFormIsItsOwnCanonicalForm() {
        String once = CanonicalJson.of("{ \"b\" : [ 1.0 , 2e1 , \"x\" ] , \"a\" : { \"z\" : null, \"y\" : -0.0 } }");
        assertThat(once).isEqualTo("{\"a\":{\"y\":0,\"z\":null},\"b\":[1,20,\"x\"]}");
        assertThat(CanonicalJson.of(once)).isEqualTo(once);
    }

    @Test
    void aNumberADoubleCannotHoldExactlyIsNotKept() {
        assertThat(CanonicalJson.keepsValue(new BigDecimal("4.50"))).isTrue();
        assertThat(CanonicalJson.keepsValue(new BigDecimal("9007199254740992"))).isTrue();
        assertThat(CanonicalJson.keepsValue(new BigDecimal("9007199254740993"))).isFalse();
        assertThat(CanonicalJson.keepsValue(new BigDecimal("333333333.33333329"))).isFalse();
        assertThat(CanonicalJson.keepsValue(new BigDecimal("1e400"))).isFalse();
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.of("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertNumber(long bits, String expected) throws Exception {
        assertThat(NumberToJSON.serializeNumber(Double.longBitsToDouble(bits))).isEqualTo(expected);
        assertThat(CanonicalJson.of("[" + Double.toString(Double.longBitsToDouble(bits)) + "]"))
                .isEqualTo("[" + expected + "]");
    }
}
