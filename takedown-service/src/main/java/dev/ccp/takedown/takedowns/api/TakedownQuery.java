package dev.ccp.takedown.takedowns.api;

import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.takedowns.domain.TakedownSearch;
import dev.ccp.takedown.takedowns.domain.TakedownStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the list's query parameters, naming every one that is malformed. */
final class TakedownQuery {
    private static final int MAX_ID_LENGTH = 100;

    private TakedownQuery() {
    }

    /**
     * @param from an instant or a date (its start, UTC), inclusive
     * @param to   an instant or a date (the day after it, UTC: the date is included), exclusive
     */
    static TakedownSearch parse(String listingId, String sellerId, String brandId, String status, String from,
            String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        TakedownSearch search = new TakedownSearch(id("listingId", listingId, errors), id("sellerId", sellerId, errors),
                id("brandId", brandId, errors), status(status, errors), instant("from", from, false, errors),
                instant("to", to, true, errors));
        if (errors.isEmpty() && search.from() != null && search.to() != null && !search.from().isBefore(search.to())) {
            errors.add(new Problem.FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return search;
    }

    private static String id(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_ID_LENGTH) {
            errors.add(new Problem.FieldError(field, "must be 1 to " + MAX_ID_LENGTH + " characters"));
            return null;
        }
        return value;
    }

    private static TakedownStatus status(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (TakedownStatus status : TakedownStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        errors.add(new Problem.FieldError("status", "must be one of " + List.of(TakedownStatus.values())));
        return null;
    }

    private static Instant instant(String field, String value, boolean endOfDay, List<Problem.FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date (2026-01-23) or an instant (2026-01-23T10:13:00Z)"));
            return null;
        }
    }
}
