package io.tunemall.platform.mail;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailSender;

/**
 * Boot creates an SMTP mail sender only when {@code spring.mail.host} is set. Without one the shop still needs to send
 * (password resets, consent reminders): this fills the gap with {@link LogOnlyMailSender}. It runs after Boot's mail
 * configuration, so a configured SMTP server always wins.
 */
@AutoConfiguration(after = MailSenderAutoConfiguration.class)
@ConditionalOnMissingBean(MailSender.class)
public class MailFallbackAutoConfiguration {

    @Bean
    MailSender logOnlyMailSender() {
        LoggerFactory.getLogger(MailFallbackAutoConfiguration.class)
                .info("No SMTP server configured (spring.mail.host): mail to shoppers is written to the log");
        return new LogOnlyMailSender();
    }
}
