package dev.ccp.litigation.cases.application;

import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.domain.Defendant;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.infrastructure.CaseRepository;
import dev.ccp.litigation.cases.infrastructure.StatusChangeRepository;
import dev.ccp.litigation.config.LitigationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Opens a case for staff: validates every field, names each invalid one, stores nothing on a refusal. */
@ApplicationScoped
public class OpeningCase {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CaseRepository cases;
    private final StatusChangeRepository changes;
    private final PublishingCaseEvents events;
    private final LitigationConfig.Cases config;
    private final Clock clock;

    OpeningCase(CaseRepository cases, StatusChangeRepository changes, PublishingCaseEvents events,
            LitigationConfig config, Clock clock) {
        this.cases = cases;
        this.changes = changes;
        this.events = events;
        this.config = config.cases();
        this.clock = clock;
    }

    @Transactional
    public CaseRecord open(OpenCase command, String by) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty() || title.length() > config.maxTextLength()) {
            errors.add(new Problem.FieldError("title", "must be 1 to " + config.maxTextLength() + " characters"));
        }
        Set<String> brands = ids("brandIds", command.brandIds(), errors);
        if (brands.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("brandIds"))) {
            errors.add(new Problem.FieldError("brandIds", "must name at least one brand"));
        }
        Map<String, Defendant> defendants = new LinkedHashMap<>();
        for (String sellerId : ids("sellerIds", command.sellerIds(), errors)) {
            defendants.put(sellerId, new Defendant(sellerId, "SELLER", null));
        }
        List<DefendantInput> named = command.defendants() == null ? List.of() : command.defendants();
        if (named.size() > config.maxParties()) {
            errors.add(new Problem.FieldError("defendants", "at most " + config.maxParties()));
        } else {
            for (int i = 0; i < named.size(); i++) {
                Defendant d = defendant("defendants[" + i + "].", named.get(i), errors);
                if (d != null) {
                    defendants.put(d.sellerId(), d);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        LitigationCase.Opened opened = LitigationCase.open(title, brands, List.copyOf(defendants.values()), by,
                clock.instant());
        cases.persist(opened.litigationCase());
        changes.persist(opened.change());
        events.opened(opened.litigationCase(), null);
        return new CaseRecord(opened.litigationCase(), List.of(opened.change()));
    }

    private Set<String> ids(String field, List<String> ids, List<Problem.FieldError> errors) {
        Set<String> valid = new LinkedHashSet<>();
        if (ids == null) {
            return valid;
        }
        if (ids.size() > config.maxParties()) {
            errors.add(new Problem.FieldError(field, "at most " + config.maxParties()));
            return valid;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !ID.matcher(id).matches()) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must be an id (letters, digits, . _ : -)"));
            } else {
                valid.add(id);
            }
        }
        return valid;
    }

    private static Defendant defendant(String prefix, DefendantInput input, List<Problem.FieldError> errors) {
        if (input == null) {
            errors.add(new Problem.FieldError(prefix.substring(0, prefix.length() - 1), "must be a defendant"));
            return null;
        }
        int before = errors.size();
        if (input.sellerId() == null || !ID.matcher(input.sellerId()).matches()) {
            errors.add(new Problem.FieldError(prefix + "sellerId", "must be a seller id"));
        }
        String role = input.role() == null ? "SELLER" : input.role();
        if (!ROLE.matcher(role).matches()) {
            errors.add(new Problem.FieldError(prefix + "role", "must be an upper-case role such as SELLER or SUPPLIER"));
        }
        if (input.country() != null && !COUNTRIES.contains(input.country())) {
            errors.add(new Problem.FieldError(prefix + "country", "must be an ISO 3166 alpha-2 code"));
        }
        return errors.size() == before ? new Defendant(input.sellerId(), role, input.country()) : null;
    }
}
