package dev.ccp.litigation.legal.application;

import dev.ccp.core.money.InvalidMoneyException;
import dev.ccp.core.money.Money;
import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.legal.domain.Jurisdictions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a request field by field and collects what is wrong, so one answer names every bad field and nothing
 * is stored. Texts are stripped; blank optional texts become null.
 */
public final class Fields {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final int maxText;

    public Fields(int maxText) {
        this.maxText = maxText;
    }

    public String text(String field, String value, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        if (stripped.length() > maxText) {
            add(field, "at most " + maxText + " characters");
            return null;
        }
        return stripped;
    }

    public String id(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            add(field, "must be an id (letters, digits, . _ : @ -, at most 128)");
            return null;
        }
        return value;
    }

    public String country(String field, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            add(field, "must be an ISO 3166 alpha-2 code");
            return null;
        }
        return value;
    }

    public String jurisdiction(String field, String value) {
        if (!Jurisdictions.isValid(value)) {
            add(field, "must be " + Jurisdictions.described());
            return null;
        }
        return value;
    }

    /** An ISO date (YYYY-MM-DD) that is not after {@code today}. */
    public LocalDate pastDate(String field, String value, LocalDate today) {
        if (value == null) {
            add(field, "is required (YYYY-MM-DD)");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                add(field, "must not be in the future");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            add(field, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null) {
            add(field, "is required: one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** Texts, each required, at most {@code max} of them, at least one if {@code atLeastOne}. */
    public List<String> texts(String field, List<String> values, int max, boolean atLeastOne) {
        List<String> valid = new ArrayList<>();
        if (values == null || values.isEmpty()) {
            if (atLeastOne) {
                add(field, "must name at least one");
            }
            return valid;
        }
        if (values.size() > max) {
            add(field, "at most " + max);
            return valid;
        }
        for (int i = 0; i < values.size(); i++) {
            String text = text(field + "[" + i + "]", values.get(i), true);
            if (text != null) {
                valid.add(text);
            }
        }
        return valid;
    }

    public Set<String> ids(String field, List<String> values, int max) {
        Set<String> valid = new LinkedHashSet<>();
        if (values == null) {
            return valid;
        }
        if (values.size() > max) {
            add(field, "at most " + max);
            return valid;
        }
        for (int i = 0; i < values.size(); i++) {
            String id = id(field + "[" + i + "]", values.get(i));
            if (id != null) {
                valid.add(id);
            }
        }
        return valid;
    }

    /** Money as {@code {amount: "123.45", currency: "EUR"}}; null when absent. */
    public Money money(String field, String amount, String currency) {
        try {
            return Money.parse(amount, currency);
        } catch (InvalidMoneyException e) {
            add(field + "." + e.field(), e.getMessage());
            return null;
        }
    }

    public void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** 400 naming every invalid field, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(errors));
        }
    }
}
