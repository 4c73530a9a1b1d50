package io.flarewatch.api.notify.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** With private targets not allowed (the production default), URLs to the server's own networks are refused. */
class TargetUrlCheckerTest {

    /** A resolver that knows a few names, so the test does not depend on DNS. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.slack.com" -> new InetAddress[] {InetAddress.getByName("52.1.2.3")};
            case "intranet.example" ->
                new InetAddress[] {InetAddress.getByName("52.1.2.3"), InetAddress.getByName("10.0.0.7")};
            case "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            default -> {
                if (Character.isDigit(host.charAt(0)) || host.startsWith("[") || host.contains(":")) {
                    yield new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
        };
    }

    private final TargetUrlChecker strict = new TargetUrlChecker(false, TargetUrlCheckerTest::resolve);

    @Test
    void publicHttpsAndHttpUrlsAreAccepted() {
        assertEquals(Optional.empty(), strict.problem("https://hooks.slack.com/services/T000/B000/XXXX"));
        assertEquals(Optional.empty(), strict.problem("http://93.184.216.34:8443/hook"));
    }

    @Test
    void loopbackPrivateLinkLocalAndUnspecifiedAddressesAreRefused() {
        for (String url : new String[] {
            "http://localhost:8080/q/health",
            "http://127.0.0.1/x",
            "http://127.1.2.3/x",
            "http://10.1.2.3/hook",
            "http://172.16.5.4/hook",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data",
            "http://0.0.0.0:8080/",
            "http://[::1]:8080/",
            "http://[fe80::1]/",
            "http://[fd00::5]/",
            "http://100.64.0.1/",
            "https://intranet.example/hook"
        }) {
            Optional<String> problem = strict.problem(url);
            assertTrue(
                    problem.isPresent() && problem.get().contains("loopback, private or link-local"),
                    url + " -> " + problem);
        }
    }

    @Test
    void otherSchemesMalformedUrlsAndUnknownHostsAreRefused() {
        assertEquals(Optional.of("must be an http or https URL"), strict.problem("ftp://hooks.slack.com/x"));
        assertEquals(Optional.of("must be an http or https URL"), strict.problem("file:///etc/passwd"));
        assertEquals(Optional.of("is not a valid URL"), strict.problem("http://exa mple.com/"));
        assertEquals(Optional.of("has no host"), strict.problem("http:///path"));
        assertEquals(
                Optional.of("must not contain user credentials"), strict.problem("https://user:pw@hooks.slack.com/x"));
        assertEquals(Optional.of("has a host that does not resolve"), strict.problem("https://no-such-host.invalid/x"));
    }

    @Test
    void privateTargetsPassWhenConfigurationAllowsThem() {
        TargetUrlChecker lab = new TargetUrlChecker(true, TargetUrlCheckerTest::resolve);
        assertEquals(Optional.empty(), lab.problem("http://localhost:8080/hook"));
        assertEquals(Optional.of("must be an http or https URL"), lab.problem("gopher://localhost/"));
    }
}
