package io.tunemall.examples.employee;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.event.EventListener;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.member.MemberPoints;
import io.tunemall.sdk.order.OrderReader;
import io.tunemall.sdk.order.PlacedOrder;
import io.tunemall.sdk.order.PlacedOrderLine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gift certificates an employee buys become points: when an employee's order is paid, what they paid for the lines of
 * products flagged {@code gift-certificate} is given to them as points, once per order (the order's row in the module's
 * table and the points are written in one transaction).
 */
class GiftCertificatePoints implements EventListener<OrderPaid> {

    static final String FIELD = "gift-certificate";
    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Seoul");

    private final Employees employees;
    private final OrderReader orders;
    private final CustomFieldValues fields;
    private final ModuleDatabase database;
    private final MemberPoints points;
    private final Supplier<EmployeeSettings> settings;
    private final Clock clock;

    GiftCertificatePoints(Employees employees, OrderReader orders, CustomFieldValues fields, ModuleDatabase database,
            MemberPoints points, Supplier<EmployeeSettings> settings, Clock clock) {
        this.employees = employees;
        this.orders = orders;
        this.fields = fields;
        this.database = database;
        this.points = points;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void on(OrderPaid paid) {
        if (paid.memberId() == null || !employees.isEmployee(paid.memberId())) {
            return;
        }
        PlacedOrder order = orders.order(paid.orderNumber()).orElseThrow(() ->
                new IllegalStateException("Order " + paid.orderNumber() + " was paid but cannot be read"));
        Map<String, Map<String, Object>> flags = fields.ofEach(EntityType.PRODUCT, order.lines().stream()
                .map(line -> String.valueOf(line.productId())).distinct().toList());
        Money certificates = order.lines().stream()
                .filter(line -> !line.cancelled())
                .filter(line -> Boolean.TRUE.equals(flags.getOrDefault(String.valueOf(line.productId()), Map.of())
                        .get(FIELD)))
                .map(PlacedOrderLine::paidAmount)
                .reduce(Money.ZERO, Money::plus);
        if (certificates.isZero()) {
            return;
        }
        long member = paid.memberId();
        LocalDate today = LocalDate.now(clock.withZone(SHOP_ZONE));
        database.inTransaction(() -> {
            if (database.update("INSERT IGNORE INTO " + database.table("conversion") + " (order_number, member_id, "
                    + "points) VALUES (?, ?, ?)", paid.orderNumber(), member, certificates.won()) == 1) {
                points.give(member, certificates, "상품권 포인트 전환 (주문 " + paid.orderNumber() + ")",
                        today.plusDays(settings.get().pointsValidDays()));
            }
            return null;
        });
    }
}
