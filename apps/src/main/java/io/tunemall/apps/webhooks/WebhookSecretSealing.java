package io.tunemall.apps.webhooks;

import io.tunemall.platform.privacy.EncryptedColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Webhook signing secrets are stored sealed with the shop's data key (AES-GCM, {@code tunemall.privacy.*}), like
 * personal data: a database dump alone cannot forge webhooks. The column joins the key rotation of the personal data
 * columns, and secrets an earlier version stored in clear are sealed when the app starts.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecretSealing {

    private static final Logger log = LoggerFactory.getLogger(WebhookSecretSealing.class);

    private final WebhookStore store;

    WebhookSecretSealing(WebhookStore store) {
        this.store = store;
    }

    @Bean
    EncryptedColumn webhookEndpointSecret() {
        return EncryptedColumn.of("webhook_endpoint", "secret");
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealSecretsStoredInClear() {
        int sealed = store.sealPlainSecrets();
        if (sealed > 0) {
            log.info("Sealed {} webhook signing secret(s) stored in clear by an earlier version", sealed);
        }
    }
}
