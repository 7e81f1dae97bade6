package dev.ccp.seller.verification.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** E-mail syntax, throw-away providers, and the normal form used to recognise one mailbox written two ways. */
public final class EmailAddresses {
    private static final Pattern SYNTAX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    /** Providers that ignore dots in the local part and deliver {@code name+tag} to {@code name}. */
    private static final Set<String> DOT_AND_TAG_BLIND = Set.of("gmail.com", "googlemail.com");
    private static final Set<String> DISPOSABLE = load("disposable-email-domains.txt");

    private EmailAddresses() {
    }

    /** Why the address is unacceptable, or empty when it is fine. */
    public static Optional<String> problem(String raw) {
        if (raw == null || raw.length() > 254 || !SYNTAX.matcher(raw).matches()) {
            return Optional.of("is not a valid e-mail address");
        }
        String domain = domainOf(raw);
        if (isDisposable(domain)) {
            return Optional.of("uses a disposable e-mail provider (" + domain + ")");
        }
        return Optional.empty();
    }

    /** Lower case; for providers that ignore them, without dots and {@code +tag} in the local part. */
    public static String normalise(String raw) {
        String email = raw.trim().toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (domain.equals("googlemail.com")) {
            domain = "gmail.com";
        }
        if (DOT_AND_TAG_BLIND.contains(domain)) {
            int plus = local.indexOf('+');
            local = (plus >= 0 ? local.substring(0, plus) : local).replace(".", "");
        }
        return local + "@" + domain;
    }

    private static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** A listed domain or any subdomain of one (e.g. {@code eu.mailinator.com}). */
    private static boolean isDisposable(String domain) {
        for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
            if (DISPOSABLE.contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        try (var in = EmailAddresses.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
