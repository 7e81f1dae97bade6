package dev.ccp.devstack.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of {@code bin/ccp token [--as NAME] ROLE...}: the token's subject (the "who" of every audit record
 * the services write for its calls; default {@code local-<roles>}) and its roles.
 */
record StaffTokenArgs(String subject, List<String> roles) {
    static final Set<String> ROLES = Set.of("moderator", "investigator", "legal", "trust-admin", "marketplace",
            "service");
    /** What an audit trail may show as a name: no spaces, quotes or control characters. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    static StaffTokenArgs parse(List<String> args) {
        String subject = null;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--as") || arg.startsWith("--as=")) {
                if (subject != null) {
                    throw new IllegalArgumentException("--as given twice");
                }
                if (arg.equals("--as") && i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--as needs a NAME");
                }
                subject = arg.equals("--as") ? args.get(++i) : arg.substring("--as=".length());
                if (!NAME.matcher(subject).matches()) {
                    throw new IllegalArgumentException("--as '" + subject + "': a name is 1 to 100 letters, digits "
                            + "and . _ @ -, starting with a letter or digit");
                }
            } else if (ROLES.contains(arg)) {
                roles.add(arg);
            } else {
                throw new IllegalArgumentException("unknown role '" + arg + "'; roles are "
                        + String.join(", ", ROLES.stream().sorted().toList()));
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("name at least one role: "
                    + String.join(" ", ROLES.stream().sorted().toList()));
        }
        return new StaffTokenArgs(subject != null ? subject : "local-" + String.join("-", roles), List.copyOf(roles));
    }
}
