package io.tunemall.payment.setting;

import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOptions;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.platform.time.ShopClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's payment settings in the payment_setting table (one row, shared by every node), over the configured
 * defaults. Every storefront page shows the escrow notice when escrow is on, so the options are kept in memory for a
 * few seconds: a change applies at once on the node that made it and within {@link #FRESH_FOR} on the others.
 */
@Service
class StoredPaymentSettings implements PaymentSettings {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final int ROW = 1;

    private record Snapshot(PaymentOptions options, Instant readAt) {
    }

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();

    private final JdbcTemplate jdbc;
    private final PaymentProperties defaults;
    private final PaymentGateways gateways;
    private final ShopClock clock;

    StoredPaymentSettings(JdbcTemplate jdbc, PaymentProperties defaults, PaymentGateways gateways, ShopClock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.gateways = gateways;
        this.clock = clock;
    }

    @Override
    public PaymentOptions options() {
        Snapshot snapshot = latest.get();
        Instant now = clock.now();
        if (snapshot != null && snapshot.readAt().plus(FRESH_FOR).isAfter(now)) {
            return snapshot.options();
        }
        PaymentOptions options = read();
        latest.set(new Snapshot(options, now));
        return options;
    }

    private PaymentOptions read() {
        return jdbc.query("SELECT gateway, methods, escrow FROM payment_setting WHERE id = ?", (rs, n) ->
                        new PaymentOptions(rs.getString("gateway"), methods(rs.getString("methods")), rs.getBoolean("escrow"),
                                gateways.ids()), ROW)
                .stream().findFirst()
                .orElseGet(() -> new PaymentOptions(defaults.gateway(), defaults.methods(), defaults.escrow(), gateways.ids()));
    }

    @Override
    @Transactional
    public PaymentOptions change(String gateway, Set<PaymentMethod> methods, boolean escrow, String changedBy) {
        if (!gateways.has(gateway)) {
            gateways.get(gateway);
        }
        if (methods.isEmpty()) {
            throw PaymentRejected.invalid("A shop must offer at least one payment method");
        }
        String methodList = methods.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        Timestamp now = Timestamp.from(clock.now());
        int updated = jdbc.update("UPDATE payment_setting SET gateway = ?, methods = ?, escrow = ?, updated_at = ?, "
                + "updated_by = ? WHERE id = ?", gateway, methodList, escrow, now, changedBy, ROW);
        if (updated == 0) {
            jdbc.update("INSERT INTO payment_setting (id, gateway, methods, escrow, updated_at, updated_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", ROW, gateway, methodList, escrow, now, changedBy);
        }
        PaymentOptions changed = new PaymentOptions(gateway, methods, escrow, gateways.ids());
        latest.set(null);
        return changed;
    }

    private static Set<PaymentMethod> methods(String list) {
        Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
        Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .forEach(name -> methods.add(PaymentMethod.valueOf(name)));
        return methods;
    }
}
