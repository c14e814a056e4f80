package io.tunemall.apps.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookUrlGuardTest {

    /** A DNS that answers from a table, so that a public name can point at a private address as an attacker's would. */
    private static WebhookUrlGuard guard(List<String> allowedLocalHosts, Map<String, String> dns) {
        return new WebhookUrlGuard(new WebhookProperties(null, null, allowedLocalHosts), host -> {
            String address = dns.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        });
    }

    @Test
    void a_public_https_url_is_accepted() {
        assertThat(guard(List.of(), Map.of("hooks.example.com", "93.184.216.34"))
                .refusal("https://hooks.example.com/tunemall")).isEmpty();
    }

    @Test
    void plain_http_is_refused_unless_the_host_is_allowed_as_local() {
        Map<String, String> dns = Map.of("hooks.example.com", "93.184.216.34");
        assertThat(guard(List.of(), dns).refusal("http://hooks.example.com/tunemall")).get().asString()
                .contains("https://");
        assertThat(guard(List.of("127.0.0.1"), dns).refusal("http://127.0.0.1:8089/hooks")).isEmpty();
        assertThat(guard(List.of(), dns).refusal("http://127.0.0.1:8089/hooks")).isPresent();
    }

    @Test
    void names_resolving_to_loopback_private_link_local_or_metadata_addresses_are_refused() {
        Map<String, String> dns = Map.of("loop.example.com", "127.0.0.2", "office.example.com", "192.168.0.10",
                "ten.example.com", "10.1.2.3", "corp.example.com", "172.20.0.1", "metadata.example.com",
                "169.254.169.254", "cgnat.example.com", "100.64.0.1", "v6loop.example.com", "::1", "v6ula.example.com",
                "fd00::1", "mapped.example.com", "::ffff:10.0.0.1", "zero.example.com", "0.0.0.0");
        WebhookUrlGuard guard = guard(List.of(), dns);
        dns.keySet().forEach(host -> assertThat(guard.refusal("https://" + host + "/hooks")).as(host).isPresent());
    }

    @Test
    void unresolvable_hosts_and_urls_with_credentials_are_refused() {
        WebhookUrlGuard guard = guard(List.of(), Map.of("hooks.example.com", "93.184.216.34"));
        assertThat(guard.refusal("https://nowhere.example.com/hooks")).isPresent();
        assertThat(guard.refusal("https://user:pw@hooks.example.com/hooks")).isPresent();
        assertThat(guard.refusal("not a url")).isPresent();
    }
}
