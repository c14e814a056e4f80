package io.tunemall.order.notice;

import io.tunemall.order.order.Order;
import io.tunemall.order.order.OrderLine;
import io.tunemall.order.order.Orders;
import io.tunemall.platform.privacy.PiiCipher;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.event.ShipmentUpdated;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the orderer when the order is paid, when a parcel ships (with its tracking link) and when the order or some
 * of its lines are cancelled, through the platform's {@link MailSender}, to the e-mail given at checkout (none given:
 * no mail). They answer the SDK events after commit; the outbox may deliver an event twice, so each mail is first
 * claimed in {@code order_mail_sent} under a key made of the event, and a claim that exists already means it went
 * out. When the mail server refuses, the claim rolls back with the listener and the outbox tries again later.
 */
@Component
class ShopperMail {

    private static final Logger log = LoggerFactory.getLogger(ShopperMail.class);

    private final Orders orders;
    private final PiiCipher cipher;
    private final MailSender sender;
    private final JdbcTemplate jdbc;
    private final OrderMailProperties properties;
    private final ShopClock clock;

    ShopperMail(Orders orders, PiiCipher cipher, MailSender sender, JdbcTemplate jdbc, OrderMailProperties properties,
            ShopClock clock) {
        this.orders = orders;
        this.cipher = cipher;
        this.sender = sender;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        recipient(event.orderNumber()).ifPresent(order -> send("paid:" + event.orderNumber(), order,
                OrderMailTexts.paid(order.language(), order.orderNumber(), order.orderName(), event.amount(),
                        properties.lookupLink())));
    }

    @ApplicationModuleListener
    void on(ShipmentUpdated event) {
        if (!"SHIPPED".equals(event.status())) {
            return;
        }
        recipient(event.orderNumber()).ifPresent(order -> send(
                "shipped:" + event.orderNumber() + ":" + event.shipmentNumber(), order,
                OrderMailTexts.shipped(order.language(), order.orderNumber(), items(order, event.lineQuantities()),
                        event.carrierName(), event.trackingNumber(), event.trackingUrl(), properties.lookupLink())));
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        recipient(event.orderNumber()).ifPresent(order -> send(
                "cancelled:" + event.orderNumber() + ":" + event.lineNumbers() + ":" + event.cancelledAt().toEpochMilli(),
                order, OrderMailTexts.cancelled(order.language(), order.orderNumber(), event.wholeOrder(),
                        cancelledItems(order, event.lineNumbers()), event.refundAmount(), event.wasPaid(),
                        "payment-expired".equals(event.reason()), properties.lookupLink())));
    }

    /** The order, when mail is on and its orderer left an e-mail address. */
    private Optional<Order> recipient(String orderNumber) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        return orders.findByOrderNumber(orderNumber).filter(order -> email(order) != null);
    }

    private String email(Order order) {
        String sealed = order.parties().sealed().ordererEmail();
        String email = sealed == null ? null : cipher.decrypt(sealed);
        return email == null || email.isBlank() ? null : email.strip();
    }

    private void send(String key, Order order, OrderMailTexts.Text text) {
        try {
            jdbc.update("INSERT INTO order_mail_sent (mail_key, sent_at) VALUES (?, ?)", key,
                    Timestamp.from(clock.now()));
        } catch (DuplicateKeyException sentBefore) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email(order));
        message.setSubject(text.subject());
        message.setText(text.body());
        // A refusal propagates: the claim above rolls back and the outbox delivers the event again later.
        log.debug("Mailing '{}' about order {}", key, order.orderNumber());
        sender.send(message);
    }

    private static List<String> items(Order order, Map<Integer, Integer> quantities) {
        return order.lines().stream().filter(line -> quantities.containsKey(line.lineNumber()))
                .map(line -> describe(line, quantities.get(line.lineNumber()))).toList();
    }

    private static List<String> cancelledItems(Order order, List<Integer> lineNumbers) {
        return order.lines().stream().filter(line -> lineNumbers.contains(line.lineNumber()))
                .map(line -> describe(line, line.quantity())).toList();
    }

    private static String describe(OrderLine line, int quantity) {
        String option = line.optionText() == null || line.optionText().isBlank() ? "" : " (" + line.optionText() + ")";
        return line.productName() + option + " × " + quantity;
    }
}
