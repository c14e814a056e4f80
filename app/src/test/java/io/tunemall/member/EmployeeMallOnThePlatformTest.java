package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.PointLedger;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleSchedules;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The employee-mall example (compiled against the SDK baseline and dropped in the tuning folder like the other
 * examples, by BaselineBuiltModules) on the platform: an employee arrives through the groupware SSO of
 * {@link TestOidcProvider} over real HTTP, is flagged through the sign-in event, pays the employee price, gets the
 * monthly points once, and sees the gift certificates of a paid order become points.
 */
@IntegrationTest
class EmployeeMallOnThePlatformTest {

    static final String ID = "examples.employee-mall";

    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    ModuleSchedules schedules;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    PointLedger points;
    @Autowired
    Carts carts;
    @Autowired
    Checkout checkout;
    @Autowired
    OrderPayments payments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void a_groupware_employee_gets_the_employee_price_monthly_points_and_points_for_gift_certificates() {
        lifecycle.install(ID);
        String provider = TestOidcProvider.startFor(environment);
        String shop = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        String email = Shoppers.newEmail("employee-mall");
        long employee = Shoppers.signUp(signUps, email);
        long outsider = Shoppers.signUp(signUps, Shoppers.newEmail("outsider"));

        Browser browser = new Browser();
        Browser.Page form = browser.get(shop + "/login/sso");
        assertThat(form.uri().toString()).as(() -> form.status() + " " + form.body()).startsWith(provider + "/login");
        Map<String, String> login = new LinkedHashMap<>();
        login.put("username", email);
        login.put("password", TestOidcProvider.PASSWORD);
        login.put("_csrf", form.csrf());
        assertThat(browser.post(provider + "/login", login).uri().toString()).isEqualTo(shop + "/account");
        await().atMost(Duration.ofSeconds(15)).until(() -> isEmployee(employee));
        assertThat(isEmployee(outsider)).isFalse();

        // The employee price: 10% off every line, the default rate.
        OrderFixture goods = new OrderFixture(context);
        goods.product("shirt", 50_000, 10);
        assertThat(goodsAmount(employee, goods, "shirt")).isEqualTo(Money.won(45_000));
        assertThat(goodsAmount(outsider, goods, "shirt")).isEqualTo(Money.won(50_000));

        // Monthly points, once: a second start right after finds the task's lock still held (ShedLock keeps it a few
        // seconds at least, so nodes whose cron fires a moment later skip it); the month's row stops any later run.
        Money before = points.balance(employee).available();
        assertThat(schedules.runNow(ID, "monthly-points")).isTrue();
        assertThat(schedules.runNow(ID, "monthly-points")).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tm_examples_employee_mall_monthly WHERE member_id = ?",
                Integer.class, employee)).isEqualTo(1);
        assertThat(points.balance(employee).available()).isEqualTo(before.plus(Money.won(30_000)));
        assertThat(points.balance(outsider).available()).isEqualTo(Money.ZERO);

        // A gift certificate the employee buys becomes points when the order is paid, once.
        long gift = goods.product("gift-card", 100_000, 10);
        jdbc.update("INSERT INTO custom_field_value (entity_type, entity_id, module_id, field_key, boolean_value, "
                + "updated_at) VALUES ('PRODUCT', ?, ?, 'gift-certificate', TRUE, CURRENT_TIMESTAMP)",
                String.valueOf(gift), ID);
        carts.add(CartOwner.member(employee), goods.variantId(goods.sku("gift-card-M")), 1);
        PlacedOrder placed = checkout.place(CartOwner.member(employee), OrderFixture.checkout("04524", null));
        Money afterMonthly = points.balance(employee).available();
        payments.markPaid(placed.orderNumber(), "pay-" + goods.suffix, placed.chargedAmount());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM "
                + "tm_examples_employee_mall_conversion WHERE order_number = ?", Integer.class,
                placed.orderNumber()) == 1);
        assertThat(points.balance(employee).available()).isEqualTo(afterMonthly.plus(Money.won(90_000)));

        // Switched off: the price is the list price again at once.
        lifecycle.disable(ID);
        assertThat(goodsAmount(employee, goods, "shirt")).isEqualTo(Money.won(50_000));
    }

    private boolean isEmployee(long member) {
        return Boolean.TRUE.equals(jdbc.query("SELECT boolean_value FROM custom_field_value WHERE entity_type = "
                + "'MEMBER' AND entity_id = ? AND module_id = ? AND field_key = 'employee'",
                rs -> rs.next() ? rs.getBoolean(1) : null, String.valueOf(member), ID));
    }

    /** What the member's cart of one unit of the product costs after discounts, as the checkout page shows it. */
    private Money goodsAmount(long member, OrderFixture goods, String product) {
        CartOwner owner = CartOwner.member(member);
        carts.view(owner).lines().forEach(line -> carts.remove(owner, line.lineId()));
        carts.add(owner, goods.variantId(goods.sku(product + "-M")), 1);
        return checkout.preview(owner, OrderFixture.checkout("04524", null)).breakdown().goodsAmount();
    }
}
