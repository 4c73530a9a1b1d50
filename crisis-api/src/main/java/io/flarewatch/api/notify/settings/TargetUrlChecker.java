package io.flarewatch.api.notify.settings;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a Slack or webhook URL before the server posts to it: http(s) only, and, unless private targets are
 * allowed, no host that resolves to a loopback, private, link-local, unspecified or multicast address, so that the
 * API cannot be used to reach the server itself or its private network.
 */
public final class TargetUrlChecker {

    /** Resolves a host name to its addresses; a seam for tests, which must not depend on DNS. */
    @FunctionalInterface
    public interface Resolver {
        /** Every address of {@code host}. */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** A checker that resolves with the system resolver. */
    public TargetUrlChecker(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** A checker with its own resolver. */
    public TargetUrlChecker(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** What is wrong with {@code url}, or empty when it may be used. */
    public Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("has no host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not contain user credentials");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (isInternal(address)) {
                    return Optional.of(
                            "points at a loopback, private or link-local address (" + address.getHostAddress() + ")");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve");
        }
        return Optional.empty();
    }

    /** Whether the address belongs to this machine or a network the internet cannot reach. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
                || (bytes[0] & 0xff) == 0; // 0.0.0.0/8, "this network"
    }
}
