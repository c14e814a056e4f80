package io.tunemall.platform.mail;

import io.tunemall.platform.privacy.Masked;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/**
 * The mail sender of a shop with no SMTP server configured (the embedded default): each mail is written to the log
 * instead of being sent, so that a password-reset link can still be followed on a development machine. Recipients are
 * masked; the body is logged as it is, so mail bodies never carry a member's personal data. Set
 * {@code spring.mail.host} (with port, username and password) to send for real.
 */
public class LogOnlyMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyMailSender.class);

    @Override
    public void send(SimpleMailMessage... messages) {
        for (SimpleMailMessage message : messages) {
            String to = message.getTo() == null ? "" : Arrays.stream(message.getTo()).map(Masked::email)
                    .collect(Collectors.joining(", "));
            log.info("""
                    Mail not sent (no SMTP server: set spring.mail.host), logged instead:
                      To: {}
                      Subject: {}
                    {}""", to, message.getSubject(), message.getText());
        }
    }
}
