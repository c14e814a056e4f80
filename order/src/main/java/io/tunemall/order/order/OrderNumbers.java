package io.tunemall.order.order;

import io.tunemall.platform.time.ShopClock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order numbers people can read out on the phone: the shop's date and a per-day sequence, {@code 20261123-000123}.
 * The day's row in {@code order_number_sequence} is incremented by one conditional UPDATE in a short transaction of
 * its own, so concurrent checkouts on any node never get the same number and wait for each other only for that
 * update, not for their whole order. A number whose order then fails (sold out) is skipped: numbers are unique and
 * increasing per day, not gapless.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ShopClock clock;

    OrderNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, ShopClock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The next number of today, in the shop's time zone. Call it outside the order's transaction. */
    public String next() {
        LocalDate today = clock.today();
        String day = today.format(DAY);
        for (int attempt = 1; ; attempt++) {
            try {
                Integer number = ownTransaction.execute(status -> increment(day));
                if (number != null) {
                    return format(today, number);
                }
            } catch (DuplicateKeyException | ConcurrencyFailureException firstOrdersOfTheDayMet) {
                // Two nodes started the day at once: one inserted the row, the other (or a deadlock loser between
                // their gap locks) tries again and increments it.
                if (attempt == 5) {
                    throw firstOrdersOfTheDayMet;
                }
            }
        }
    }

    static String format(LocalDate day, int number) {
        return day.format(DAY) + "-" + String.format("%06d", number);
    }

    private Integer increment(String day) {
        if (jdbc.update("UPDATE order_number_sequence SET last_number = last_number + 1 WHERE order_day = ?", day) == 1) {
            return jdbc.queryForObject("SELECT last_number FROM order_number_sequence WHERE order_day = ?",
                    Integer.class, day);
        }
        jdbc.update("INSERT INTO order_number_sequence (order_day, last_number) VALUES (?, 1)", day);
        return 1;
    }
}
