package io.tunemall.member.dormancy;

import io.tunemall.platform.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dormant store's encrypted columns, so that key rotation rewrites them like the account's. */
@Configuration(proxyBeanMethods = false)
class DormancyConfiguration {

    @Bean
    EncryptedColumn dormantEmail() {
        return new EncryptedColumn("member_dormant", "member_id", "email");
    }

    @Bean
    EncryptedColumn dormantName() {
        return new EncryptedColumn("member_dormant", "member_id", "name");
    }

    @Bean
    EncryptedColumn dormantPhone() {
        return new EncryptedColumn("member_dormant", "member_id", "phone");
    }

    @Bean
    EncryptedColumn dormantBirthDate() {
        return new EncryptedColumn("member_dormant", "member_id", "birth_date");
    }
}
