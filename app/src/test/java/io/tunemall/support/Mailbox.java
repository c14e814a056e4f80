package io.tunemall.support;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test SMTP server received, by recipient: each test uses addresses of its own. */
public class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final GreenMail server;

    Mailbox(GreenMail server) {
        this.server = server;
    }

    /** The mails delivered to {@code address} so far. */
    public List<Mail> to(String address) {
        return Arrays.stream(server.getReceivedMessagesForDomain(address)).map(Mail::of).toList();
    }

    /** Waits up to five seconds for the {@code count}-th mail to {@code address} and returns it. */
    public Mail await(String address, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> to(address).size() >= count);
        return to(address).get(count - 1);
    }

    /** A received mail, decoded. */
    public record Mail(String subject, String body) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getSubject(), String.valueOf(message.getContent()));
            } catch (MessagingException | IOException failure) {
                throw new IllegalStateException(failure);
            }
        }

        /** The one-time token of the link in the mail. */
        public String token() {
            Matcher matcher = TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in: " + body);
            }
            return matcher.group(1);
        }
    }
}
