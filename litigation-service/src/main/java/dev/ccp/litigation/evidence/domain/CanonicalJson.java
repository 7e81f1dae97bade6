package dev.ccp.litigation.evidence.domain;

import java.io.IOException;
import java.math.BigDecimal;
import org.erdtman.jcs.JsonCanonicalizer;
import org.erdtman.jcs.NumberToJSON;

/**
 * RFC 8785 JSON Canonicalization Scheme: members sorted by their UTF-16 code units, no whitespace, strings with
 * the minimal escapes, numbers as ECMAScript prints an IEEE 754 double. Two parties holding the same JSON value
 * get the same bytes, so a hash of them identifies the value.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** The canonical form of a JSON text. */
    public static String of(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not JSON the canonical form can be made of: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a number survives canonicalisation unchanged in value: RFC 8785 reads every number as a double, so
     * 2^53 + 1 or 0.1000000000000000000001 would be silently rounded, and evidence must mean what was sent.
     */
    public static boolean keepsValue(BigDecimal number) {
        double d = number.doubleValue();
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            return false;
        }
        try {
            return new BigDecimal(NumberToJSON.serializeNumber(d)).compareTo(number) == 0;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
