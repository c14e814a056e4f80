package io.tunemall.apps.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook delivery settings ({@code tunemall.webhooks.*}).
 *
 * @param timeout how long the sender waits for a receiver's answer before counting the attempt as failed
 * @param batch how many due deliveries one run of the sender sends
 */
@ConfigurationProperties("tunemall.webhooks")
record WebhookProperties(Duration timeout, Integer batch) {

    WebhookProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        batch = batch == null ? 100 : batch;
    }
}
