package io.tunemall.apps.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.apps.api.AppDraft;
import io.tunemall.apps.api.AppRejection;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.api.WebhookEndpointCreated;
import io.tunemall.apps.api.Webhooks;
import io.tunemall.platform.privacy.PiiCipher;
import io.tunemall.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing secrets are stored sealed, and webhooks cannot be aimed at the shop's own network. */
@IntegrationTest
class WebhookSecretsTest {

    @Autowired
    Apps apps;
    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookStore store;
    @Autowired
    PiiCipher cipher;
    @Autowired
    JdbcTemplate jdbc;

    long app() {
        return apps.register(new AppDraft("Secrets " + System.nanoTime(), Set.of(AppScopes.WEBHOOKS_MANAGE), null, 60))
                .appId();
    }

    @Test
    void the_signing_secret_is_stored_sealed_and_earlier_clear_secrets_get_sealed() {
        WebhookEndpointCreated created = webhooks.subscribe(app(), "http://127.0.0.1:9/hooks", Set.of("order.paid"));
        String stored = jdbc.queryForObject("SELECT secret FROM webhook_endpoint WHERE id = ?", String.class,
                created.endpointId());
        assertThat(stored).doesNotContain(created.signingSecret()).startsWith(cipher.activeKeyId() + ":");
        assertThat(cipher.decrypt(stored)).isEqualTo(created.signingSecret());

        jdbc.update("UPDATE webhook_endpoint SET secret = ? WHERE id = ?", created.signingSecret(), created.endpointId());
        assertThat(store.sealPlainSecrets()).isPositive();
        String sealed = jdbc.queryForObject("SELECT secret FROM webhook_endpoint WHERE id = ?", String.class,
                created.endpointId());
        assertThat(sealed).startsWith(cipher.activeKeyId() + ":");
        assertThat(cipher.decrypt(sealed)).isEqualTo(created.signingSecret());
    }

    @Test
    void private_loopback_and_plain_http_urls_are_refused_when_subscribing() {
        long app = app();
        for (String url : new String[] {"https://10.0.0.1/hooks", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hooks", "http://hooks.example.com/x", "https://192.168.1.1/hooks"}) {
            assertThatThrownBy(() -> webhooks.subscribe(app, url, Set.of("order.paid"))).as(url)
                    .isInstanceOfSatisfying(AppRejection.class, refused -> {
                        assertThat(refused.status()).isEqualTo(400);
                        assertThat(refused.code()).isEqualTo("webhook-url");
                    });
        }
    }
}
