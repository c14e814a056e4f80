package io.tunemall.order;

import io.tunemall.order.notice.OrderMailProperties;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.platform.privacy.EncryptedColumn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The order's personal data columns, so that the re-encryption job rewrites them after a key rotation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OrderProperties.class, OrderMailProperties.class})
class OrderConfiguration {

    @Bean
    EncryptedColumn orderOrdererName() {
        return EncryptedColumn.of("shop_order", "orderer_name");
    }

    @Bean
    EncryptedColumn orderOrdererPhone() {
        return EncryptedColumn.of("shop_order", "orderer_phone");
    }

    @Bean
    EncryptedColumn orderOrdererEmail() {
        return EncryptedColumn.of("shop_order", "orderer_email");
    }

    @Bean
    EncryptedColumn orderRecipientName() {
        return EncryptedColumn.of("shop_order", "recipient_name");
    }

    @Bean
    EncryptedColumn orderRecipientPhone() {
        return EncryptedColumn.of("shop_order", "recipient_phone");
    }

    @Bean
    EncryptedColumn orderPostalCode() {
        return EncryptedColumn.of("shop_order", "postal_code");
    }

    @Bean
    EncryptedColumn orderRoadAddress() {
        return EncryptedColumn.of("shop_order", "road_address");
    }

    @Bean
    EncryptedColumn orderDetailAddress() {
        return EncryptedColumn.of("shop_order", "detail_address");
    }

    @Bean
    EncryptedColumn orderDeliveryMessage() {
        return EncryptedColumn.of("shop_order", "delivery_message");
    }
}
