package io.tunemall.storefront.integration;

import io.tunemall.platform.integration.IntegrationCategory;
import io.tunemall.platform.integration.Integrations;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Google Analytics 4 and a chat widget (Channel Talk's web plugin), the third-party scripts the app store offers,
 * and which of them are on now.
 */
@Configuration(proxyBeanMethods = false)
class StorefrontScripts {

    @Bean
    StorefrontScript googleAnalyticsIntegration() {
        return new StorefrontScript("ga4", IntegrationCategory.MARKETING, "measurementId", "G-[A-Z0-9]{4,16}",
                id -> """
                        (function () {
                          window.dataLayer = window.dataLayer || [];
                          window.gtag = function () { window.dataLayer.push(arguments); };
                          window.gtag('js', new Date());
                          window.gtag('config', '%1$s');
                          var tag = document.createElement('script');
                          tag.async = true;
                          tag.src = 'https://www.googletagmanager.com/gtag/js?id=%1$s';
                          document.head.appendChild(tag);
                        })();
                        """.formatted(id),
                Map.of("script-src", List.of("https://www.googletagmanager.com"),
                        "connect-src", List.of("https://*.google-analytics.com", "https://*.analytics.google.com",
                                "https://*.googletagmanager.com")));
    }

    @Bean
    StorefrontScript chatWidgetIntegration() {
        return new StorefrontScript("chat-widget", IntegrationCategory.CUSTOMER_SERVICE, "pluginKey",
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                key -> """
                        (function () {
                          var queue = [];
                          var channel = function () { queue.push(arguments); };
                          channel.q = queue;
                          window.ChannelIO = window.ChannelIO || channel;
                          var tag = document.createElement('script');
                          tag.async = true;
                          tag.src = 'https://cdn.channel.io/plugin/ch-plugin-web.js';
                          document.head.appendChild(tag);
                          window.ChannelIO('boot', { pluginKey: '%s' });
                        })();
                        """.formatted(key),
                Map.of("script-src", List.of("https://cdn.channel.io"),
                        "connect-src", List.of("https://*.channel.io", "wss://*.channel.io"),
                        "frame-src", List.of("https://*.channel.io"),
                        "font-src", List.of("https://cdn.channel.io")));
    }

    @Bean
    ActiveScripts activeScripts(List<StorefrontScript> scripts, Integrations integrations) {
        return new ActiveScripts(scripts, integrations);
    }

    /** The scripts switched on now, read through the app store's cache on every page. */
    record ActiveScripts(List<StorefrontScript> scripts, Integrations integrations) {

        List<String> bootstraps() {
            return scripts.stream()
                    .flatMap(script -> integrations.settingsIfOn(script.id()).map(script::bootstrapFor).stream())
                    .toList();
        }

        List<StorefrontScript> on() {
            return scripts.stream().filter(script -> integrations.isOn(script.id())).toList();
        }

        boolean any() {
            return scripts.stream().anyMatch(script -> integrations.isOn(script.id()));
        }
    }
}
