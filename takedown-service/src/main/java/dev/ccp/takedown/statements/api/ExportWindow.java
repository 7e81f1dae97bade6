package dev.ccp.takedown.statements.api;

import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The validated {@code ?from=&to=&page=&size=} of an export: both bounds required (an instant, or a date meaning its
 * start in UTC), {@code from} before {@code to}, at most the configured range, pages of at most 100.
 */
record ExportWindow(Instant from, Instant to, int page, int size) {
    static final int MAX_SIZE = 100;
    private static final int MAX_PAGE = 100_000;

    static ExportWindow of(String from, String to, Integer page, Integer size, Duration maxRange) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                errors.add(new Problem.FieldError("to", "must be after from"));
            } else if (Duration.between(start, end).compareTo(maxRange) > 0) {
                errors.add(new Problem.FieldError("to", "at most " + maxRange.toDays() + " days after from"));
            }
        }
        int p = page == null ? 0 : page;
        int s = size == null ? MAX_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            errors.add(new Problem.FieldError("page", "must be between 0 and " + MAX_PAGE));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ExportWindow(start, end, p, s);
    }

    private static Instant instant(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required (an ISO-8601 instant or date)"));
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError(field, "must be an ISO-8601 instant (2026-04-01T00:00:00Z) or date"));
            return null;
        }
    }
}
