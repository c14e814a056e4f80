package io.tunemall.order.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mails to shoppers about their orders, under {@code tunemall.order.mail}; defaults in application.yml.
 *
 * @param enabled whether shoppers get mail on paid, shipped and cancelled
 * @param shopUrl the storefront's public address, for the order look-up link (never a request's Host header)
 * @param mailFrom the sender
 */
@ConfigurationProperties("tunemall.order.mail")
public record OrderMailProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8080") String shopUrl,
        @DefaultValue("Tunemall <no-reply@localhost>") String mailFrom) {

    String lookupLink() {
        return (shopUrl.endsWith("/") ? shopUrl.substring(0, shopUrl.length() - 1) : shopUrl) + "/orders/lookup";
    }
}
