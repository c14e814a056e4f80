package io.tunemall.examples.employee;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.admin.ModuleSettings;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.event.EventPoints;
import io.tunemall.sdk.event.MemberSignedIn;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.member.MemberPoints;
import io.tunemall.sdk.order.OrderReader;
import io.tunemall.sdk.order.PlacedOrder;
import io.tunemall.sdk.order.PlacedOrderLine;
import io.tunemall.sdk.pricing.PriceContext;
import io.tunemall.sdk.pricing.PricedLine;
import io.tunemall.sdk.pricing.PricingPoints;
import io.tunemall.tuning.testkit.FakeCustomFieldValues;
import io.tunemall.tuning.testkit.FakeModuleContext;
import io.tunemall.tuning.testkit.FakeSettings;
import io.tunemall.tuning.testkit.ModuleHarness;
import io.tunemall.tuning.testkit.TestModuleDatabase;
import io.tunemall.tuning.testkit.TuningModuleRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmployeeMallTest {

    static final String ID = EmployeeMall.ID;
    /** 2026-12-01 09:00 in Seoul. */
    static final Clock FIRST_OF_DECEMBER = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    final FakeSettings settings = new FakeSettings(new EmployeeSettings(10, Money.won(30_000), 90, "groupware"));
    final ModuleDatabase database = TestModuleDatabase.of(ID);
    final FakeCustomFieldValues fields = new FakeCustomFieldValues(new EmployeeMall().customFields());
    final GivenPoints points = new GivenPoints();
    final Map<String, PlacedOrder> orders = new HashMap<>();
    final ModuleHarness module = ModuleHarness.of(new EmployeeMall(FIRST_OF_DECEMBER), new FakeModuleContext(ID)
            .with(ModuleDatabase.class, database).with(ModuleSettings.class, settings)
            .with(CustomFieldValues.class, fields).with(MemberPoints.class, points)
            .with(OrderReader.class, number -> Optional.ofNullable(orders.get(number))));

    /** Points given, as the platform's facade would record them. */
    static final class GivenPoints implements MemberPoints {
        final List<String> grants = new ArrayList<>();
        final Map<Long, Money> balances = new HashMap<>();

        @Override
        public void give(long memberId, Money amount, String reason, LocalDate validThrough) {
            grants.add(memberId + " " + amount.won() + " " + reason + " " + validThrough);
            balances.merge(memberId, amount, Money::plus);
        }

        @Override
        public Money balance(long memberId) {
            return balances.getOrDefault(memberId, Money.ZERO);
        }
    }

    void signIn(long member, String method, String provider) {
        assertThat(module.chain(EventPoints.of(MemberSignedIn.class))
                .runEachContained(listener -> listener.on(new MemberSignedIn(member, method, provider, NOW)))).isEmpty();
    }

    void paid(String orderNumber, long member) {
        assertThat(module.chain(EventPoints.of(OrderPaid.class)).runEachContained(listener -> listener.on(
                new OrderPaid(orderNumber, member, "pay-1", Money.won(100_000), NOW)))).isEmpty();
    }

    /** Prices a cart of one 50,000원 line for the member through the price rule chain; answers the discounts. */
    List<String> price(Long member) {
        List<String> discounts = new ArrayList<>();
        PricedLine line = new PricedLine(0, 11L, 111L, "SKU-11", "Shirt", "", 1L, null, 1, Money.won(50_000),
                Money.won(50_000), Money.won(50_000));
        PriceContext context = new PriceContext() {
            public List<PricedLine> lines() { return List.of(line); }
            public Money itemsAmount() { return line.amount(); }
            public Money orderAmount() { return line.amount(); }
            public Optional<Long> memberId() { return Optional.ofNullable(member); }
            public Instant pricedAt() { return NOW; }
            public Optional<String> postalCode() { return Optional.empty(); }
            public Locale locale() { return Locale.KOREAN; }
            public void discountLine(int index, Money amount, String label) { discounts.add(amount.won() + " " + label); }
            public void discountOrder(Money amount, String label) { discounts.add("order " + amount.won()); }
            public void charge(Money amount, String label) { discounts.add("charge " + amount.won()); }
        };
        module.chain(PricingPoints.PRICE_RULES).runAfter(rule -> rule.apply(context));
        return discounts;
    }

    @Test
    void a_member_signing_in_through_the_groupware_becomes_an_employee_and_others_do_not() {
        signIn(7, MemberSignedIn.PROVIDER, "groupware");
        signIn(8, MemberSignedIn.PROVIDER, "kakao");
        signIn(9, MemberSignedIn.PASSWORD, null);

        assertThat(fields.get(EntityType.MEMBER, "7", "employee")).contains(true);
        assertThat(fields.get(EntityType.MEMBER, "8", "employee")).isEmpty();
        assertThat(fields.get(EntityType.MEMBER, "9", "employee")).isEmpty();
    }

    @Test
    void a_flag_staff_switched_off_stays_off_when_the_employee_signs_in_again() {
        signIn(7, MemberSignedIn.PROVIDER, "groupware");
        fields.set(EntityType.MEMBER, "7", "employee", false);

        signIn(7, MemberSignedIn.PROVIDER, "groupware");

        assertThat(fields.get(EntityType.MEMBER, "7", "employee")).contains(false);
        assertThat(price(7L)).isEmpty();
    }

    @Test
    void employees_get_the_discount_rate_of_the_settings_and_nobody_else_does() {
        signIn(7, MemberSignedIn.PROVIDER, "groupware");

        assertThat(price(7L)).containsExactly("5000 임직원 할인 10%");
        assertThat(price(8L)).isEmpty();
        assertThat(price(null)).isEmpty();

        settings.save(new EmployeeSettings(15, Money.won(30_000), 90, "groupware"));
        assertThat(price(7L)).containsExactly("7500 임직원 할인 15%");
    }

    @Test
    void the_monthly_points_go_to_each_employee_once_a_month() {
        signIn(7, MemberSignedIn.PROVIDER, "groupware");
        signIn(8, MemberSignedIn.PROVIDER, "groupware");
        fields.set(EntityType.MEMBER, "8", "employee", false);

        assertThat(module.runTask("monthly-points")).isTrue();
        assertThat(module.runTask("monthly-points")).isTrue();

        assertThat(points.grants).containsExactly("7 30000 임직원 월 포인트 (2026-12) 2027-03-01");
        assertThat(points.balance(7)).isEqualTo(Money.won(30_000));
    }

    @Test
    void an_employees_gift_certificates_become_points_once_per_order() {
        signIn(7, MemberSignedIn.PROVIDER, "groupware");
        fields.set(EntityType.PRODUCT, "21", "gift-certificate", true);
        orders.put("20261130-000001", new PlacedOrder("20261130-000001", 7L, List.of(
                new PlacedOrderLine(1, 21L, 210L, 2, Money.won(95_000), false),
                new PlacedOrderLine(2, 22L, 220L, 1, Money.won(20_000), false),
                new PlacedOrderLine(3, 21L, 211L, 1, Money.won(50_000), true))));

        paid("20261130-000001", 7);
        paid("20261130-000001", 7);

        assertThat(points.grants).containsExactly("7 95000 상품권 포인트 전환 (주문 20261130-000001) 2027-03-01");
    }

    @Test
    void a_non_employees_gift_certificates_stay_gift_certificates() {
        fields.set(EntityType.PRODUCT, "21", "gift-certificate", true);
        orders.put("20261130-000002", new PlacedOrder("20261130-000002", 8L, List.of(
                new PlacedOrderLine(1, 21L, 210L, 1, Money.won(50_000), false))));

        paid("20261130-000002", 8);

        assertThat(points.grants).isEmpty();
    }

    @Test
    void a_disabled_module_prices_nothing_marks_nobody_and_pays_no_points() {
        signIn(7, MemberSignedIn.PROVIDER, "groupware");
        module.disable();

        assertThat(price(7L)).isEmpty();
        assertThat(module.runTask("monthly-points")).isFalse();
        signIn(8, MemberSignedIn.PROVIDER, "groupware");
        assertThat(fields.get(EntityType.MEMBER, "8", "employee")).isEmpty();
        assertThat(points.grants).isEmpty();
    }

    @Test
    void the_module_uses_only_the_sdk() {
        TuningModuleRules.usesOnlyTheSdk("io.tunemall.examples.employee").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.tunemall.examples.employee"));
    }
}
