package io.tunemall.order.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Order settings under {@code tunemall.order}; defaults documented in application.yml.
 *
 * @param paymentTimeout how long a placed order waits for payment before it is cancelled and its stock released
 * @param autoConfirmAfter how long after delivery a purchase is confirmed when the shopper has not done it
 * @param jobBatchSize orders the expiry and confirmation jobs handle per run
 * @param maxQuantityPerLine units one cart line and one order line may hold
 * @param maxCartLines lines a cart may hold
 * @param guestCartDays how long an untouched guest cart is kept
 */
@ConfigurationProperties("tunemall.order")
public record OrderProperties(
        @DefaultValue("PT30M") Duration paymentTimeout,
        @DefaultValue("P7D") Duration autoConfirmAfter,
        @DefaultValue("200") int jobBatchSize,
        @DefaultValue("99") int maxQuantityPerLine,
        @DefaultValue("50") int maxCartLines,
        @DefaultValue("30") int guestCartDays) {
}
