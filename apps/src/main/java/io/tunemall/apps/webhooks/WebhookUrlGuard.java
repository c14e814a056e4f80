package io.tunemall.apps.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being aimed at the shop's own network (server-side request forgery): a webhook URL is https
 * and every address its host resolves to is public, checked when an endpoint is added and again right before each
 * delivery (DNS may answer differently later). Hosts named in {@code tunemall.webhooks.allowed-local-hosts} are
 * exempt from both rules.
 */
@Component
class WebhookUrlGuard {

    /** Resolves a host name; a seam so tests can give answers no real DNS would. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final WebhookProperties properties;
    private final Resolver resolver;

    @Autowired
    WebhookUrlGuard(WebhookProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    WebhookUrlGuard(WebhookProperties properties, Resolver resolver) {
        this.properties = properties;
        this.resolver = resolver;
    }

    /** Why the URL may not receive webhooks, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException malformed) {
            return Optional.of("The URL is malformed");
        }
        String host = uri.getHost();
        if (host == null || uri.getScheme() == null) {
            return Optional.of("The URL names no host");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (properties.allowedLocalHosts().contains(host.toLowerCase(Locale.ROOT))) {
            return "https".equals(scheme) || "http".equals(scheme) ? Optional.empty()
                    : Optional.of("A webhook URL starts with https://");
        }
        if (!"https".equals(scheme)) {
            return Optional.of("A webhook URL starts with https://");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("A webhook URL carries no user name or password");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException unknown) {
            return Optional.of("The host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("The host " + host + " resolves to " + address.getHostAddress()
                        + ", a loopback, private or link-local address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses (the IPv6 private range), and IPv4-mapped addresses judged as IPv4.
            if ((raw[0] & 0xfe) == 0xfc) {
                return false;
            }
            return !isMappedIpv4(raw) || isPublicIpv4(new byte[] {raw[12], raw[13], raw[14], raw[15]});
        }
        return isPublicIpv4(raw);
    }

    private static boolean isMappedIpv4(byte[] raw) {
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return raw[10] == (byte) 0xff && raw[11] == (byte) 0xff;
    }

    private static boolean isPublicIpv4(byte[] raw) {
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        return first != 0 && first != 10 && first != 127 // this network, private, loopback
                && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                && !(first == 169 && second == 254) // link-local, cloud metadata services
                && !(first == 172 && second >= 16 && second <= 31) // private
                && !(first == 192 && second == 168) // private
                && first < 224; // multicast and reserved
    }
}
