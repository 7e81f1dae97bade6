package dev.ccp.litigation.reports.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/** A calendar year in UTC, from 2000 to 2100: the period a report covers, [1 January, next 1 January). */
public record ReportYear(int value) {
    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{4}");

    public ReportYear {
        if (value < FIRST || value > LAST) {
            throw new IllegalArgumentException("a report year is from " + FIRST + " to " + LAST + ": " + value);
        }
    }

    /** The year written as four digits, or empty when the text is not one from 2000 to 2100. */
    public static Optional<ReportYear> parse(String text) {
        if (text == null || !DIGITS.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text.trim());
        return value < FIRST || value > LAST ? Optional.empty() : Optional.of(new ReportYear(value));
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, 1, 1);
    }

    /** The first day after the year: the period's exclusive end. */
    public LocalDate endDay() {
        return firstDay().plusYears(1);
    }

    public Instant start() {
        return firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return endDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
