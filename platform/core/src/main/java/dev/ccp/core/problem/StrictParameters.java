package dev.ccp.core.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Reads enum, whole-number and boolean path and query parameters the way the REST layer would, but a value that does
 * not fit is a 400 naming the parameter and what it accepts, not the bare 404 JAX-RS prescribes (and "maybe" is not
 * silently {@code false}).
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> read = readerFor(rawType, name);
        return read == null ? null : (ParamConverter<T>) new Strict<>(read);
    }

    private static Function<String, ?> readerFor(Class<?> type, String name) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            String accepted = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return value -> Arrays.stream(constants).filter(c -> ((Enum<?>) c).name().equals(value)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException(name, "must be one of " + accepted));
        }
        if (type == Integer.class || type == int.class) {
            return value -> whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        if (type == Long.class || type == long.class) {
            return value -> whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Boolean.class || type == boolean.class) {
            return value -> switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidParameterException(name, "must be true or false");
            };
        }
        return null;
    }

    private static Long whole(String name, String value, long min, long max) {
        String digits = value.trim();
        if (!digits.matches("[+-]?[0-9]{1,30}")) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
        try {
            long number = Long.parseLong(digits);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // beyond a long: out of range like any other too large value
        }
        throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max);
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
            if (annotation instanceof RestPath path && !path.value().isEmpty()) {
                return path.value();
            }
        }
        return null;
    }

    private record Strict<T>(Function<String, T> read) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            return value == null ? null : read.apply(value);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
