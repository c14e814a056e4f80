package io.tunemall.member;

import io.tunemall.platform.privacy.EncryptedColumn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The member module's settings, and its encrypted columns declared for the platform's re-encryption job (every
 * column written through {@link io.tunemall.platform.privacy.EncryptedText} must be listed here).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MemberProperties.class)
class MemberConfiguration {

    @Bean
    EncryptedColumn memberEmail() {
        return EncryptedColumn.of("member_account", "email");
    }

    @Bean
    EncryptedColumn memberName() {
        return EncryptedColumn.of("member_account", "name");
    }

    @Bean
    EncryptedColumn memberPhone() {
        return EncryptedColumn.of("member_account", "phone");
    }

    @Bean
    EncryptedColumn memberBirthDate() {
        return EncryptedColumn.of("member_account", "birth_date");
    }

    @Bean
    EncryptedColumn guardianName() {
        return EncryptedColumn.of("member_guardian_consent", "guardian_name");
    }

    @Bean
    EncryptedColumn guardianPhone() {
        return EncryptedColumn.of("member_guardian_consent", "guardian_phone");
    }

    @Bean
    EncryptedColumn pendingEmail() {
        return EncryptedColumn.of("member_token", "new_email");
    }

    @Bean
    EncryptedColumn addressLabel() {
        return EncryptedColumn.of("member_address", "label");
    }

    @Bean
    EncryptedColumn addressRecipient() {
        return EncryptedColumn.of("member_address", "recipient");
    }

    @Bean
    EncryptedColumn addressPhone() {
        return EncryptedColumn.of("member_address", "phone");
    }

    @Bean
    EncryptedColumn addressPostalCode() {
        return EncryptedColumn.of("member_address", "postal_code");
    }

    @Bean
    EncryptedColumn addressRoad() {
        return EncryptedColumn.of("member_address", "road_address");
    }

    @Bean
    EncryptedColumn addressDetail() {
        return EncryptedColumn.of("member_address", "detail_address");
    }
}
