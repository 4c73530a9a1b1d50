package io.flarewatch.api.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which role each request of crisis-api needs, as one table of path-and-method rules: the first rule that
 * matches decides. Resources carry no security annotations, so a new endpoint under {@code /brands},
 * {@code /mentions}, {@code /alerts}, {@code /authors}, {@code /sources} or {@code /keys} is covered without an edit, and any
 * other path needs an admin key (deny by default). The console's static files under {@code /console} are open.
 */
public final class AccessPolicy {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ANY = Set.of();
    private static final String UNDER = "(/.*)?";

    /**
     * One row of the table.
     *
     * @param methods HTTP methods it applies to; empty for every method
     * @param path    the whole path it applies to
     * @param role    the role needed; empty when the path is open to everyone
     */
    record Rule(Set<String> methods, Pattern path, Optional<Role> role) {

        boolean matches(String method, String requestPath) {
            return (methods.isEmpty() || methods.contains(method))
                    && path.matcher(requestPath).matches();
        }
    }

    private static final List<Rule> RULES = List.of(
            open("/q/health" + UNDER),
            open("/q/metrics" + UNDER),
            open("/q/openapi" + UNDER),
            open("/q/swagger-ui" + UNDER),
            // the console's files hold no data: every call they make to the API presents the key
            open(READS, "/console" + UNDER),
            open(READS, "/"),
            rule(READS, "/session/?", Role.VIEWER),
            rule(Set.of("POST"), "/brands/preview/?", Role.VIEWER),
            rule(READS, "/brands" + UNDER, Role.VIEWER),
            rule(ANY, "/brands" + UNDER, Role.ADMIN),
            rule(READS, "/mentions" + UNDER, Role.VIEWER),
            rule(ANY, "/mentions" + UNDER, Role.ADMIN),
            rule(Set.of("POST"), "/alerts/[^/]+/(acknowledge|assign|notes|resolve|reopen)/?", Role.RESPONDER),
            rule(READS, "/alerts" + UNDER, Role.VIEWER),
            rule(ANY, "/alerts" + UNDER, Role.ADMIN),
            rule(READS, "/authors" + UNDER, Role.VIEWER),
            rule(ANY, "/authors" + UNDER, Role.ADMIN),
            rule(READS, "/sources" + UNDER, Role.VIEWER),
            rule(ANY, "/sources" + UNDER, Role.ADMIN),
            rule(ANY, "/keys" + UNDER, Role.ADMIN));

    private AccessPolicy() {}

    /** The rules, first match wins; a request no rule matches needs {@link Role#ADMIN}. */
    static List<Rule> rules() {
        return RULES;
    }

    /**
     * The role a request needs, or empty when it is open. A path that could be read differently by the router
     * (dot segments, empty segments, matrix parameters, backslashes) needs an admin key.
     */
    public static Optional<Role> requiredRole(String method, String path) {
        String normalizedMethod = method == null ? "" : method.toUpperCase(Locale.ROOT);
        String normalizedPath = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        if (ambiguous(normalizedPath)) {
            return Optional.of(Role.ADMIN);
        }
        for (Rule rule : RULES) {
            if (rule.matches(normalizedMethod, normalizedPath)) {
                return rule.role();
            }
        }
        return Optional.of(Role.ADMIN);
    }

    private static boolean ambiguous(String path) {
        return path.contains("//")
                || path.contains("/./")
                || path.contains("/../")
                || path.endsWith("/.")
                || path.endsWith("/..")
                || path.contains(";")
                || path.contains("\\")
                || path.contains("%");
    }

    private static Rule open(String path) {
        return open(ANY, path);
    }

    private static Rule open(Set<String> methods, String path) {
        return new Rule(methods, Pattern.compile(path), Optional.empty());
    }

    private static Rule rule(Set<String> methods, String path, Role role) {
        return new Rule(methods, Pattern.compile(path), Optional.of(role));
    }
}
