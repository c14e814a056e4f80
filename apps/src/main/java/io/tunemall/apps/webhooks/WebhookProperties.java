package io.tunemall.apps.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook delivery settings ({@code tunemall.webhooks.*}).
 *
 * @param timeout how long the sender waits for a receiver's answer before counting the attempt as failed
 * @param batch how many due deliveries one run of the sender sends
 * @param allowedLocalHosts host names (as written in the URL) that may be plain http and resolve to loopback or
 *     private addresses: empty in production, where every webhook URL is https to a public address; tests and
 *     on-premises receivers name theirs here
 */
@ConfigurationProperties("tunemall.webhooks")
record WebhookProperties(Duration timeout, Integer batch, List<String> allowedLocalHosts) {

    WebhookProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        batch = batch == null ? 100 : batch;
        allowedLocalHosts = allowedLocalHosts == null ? List.of()
                : allowedLocalHosts.stream().map(host -> host.strip().toLowerCase()).toList();
    }
}
