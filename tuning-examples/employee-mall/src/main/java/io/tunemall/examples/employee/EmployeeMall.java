package io.tunemall.examples.employee;

import io.tunemall.sdk.admin.ModuleSettings;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.event.EventListener;
import io.tunemall.sdk.event.EventPoints;
import io.tunemall.sdk.event.MemberSignedIn;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.member.MemberPoints;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.order.OrderReader;
import io.tunemall.sdk.pricing.PricingPoints;
import io.tunemall.sdk.schedule.ScheduledTask;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * 임직원몰: a company's shop for its employees. Members who sign in through the company's groupware SSO are flagged
 * as employees; employees get the employee price (a discount rate from the settings), points on the 1st of every
 * month, and gift certificates they buy become points when the order is paid.
 */
public class EmployeeMall implements TuningModule {

    public static final String ID = "examples.employee-mall";

    private final Clock clock;

    public EmployeeMall() {
        this(Clock.systemUTC());
    }

    /** For tests: the clock that says which month it is. */
    EmployeeMall(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "임직원몰", "1.0.0", "Tunemall examples", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<CustomField> customFields() {
        return List.of(
                CustomField.flag(EntityType.MEMBER, Employees.FIELD, "임직원", "Employee").adminOnly(),
                CustomField.flag(EntityType.PRODUCT, GiftCertificatePoints.FIELD, "상품권 (임직원 구매 시 포인트 전환)",
                        "Gift certificate (points for employees)").adminOnly());
    }

    @Override
    public Record defaultSettings() {
        return EmployeeSettings.defaults();
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        Supplier<EmployeeSettings> settings = settings(context);
        ModuleDatabase database = context.facade(ModuleDatabase.class).orElseThrow();
        CustomFieldValues fields = context.facade(CustomFieldValues.class).orElseThrow();
        Employees employees = new Employees(fields, database);
        return List.of(
                Hook.after(ID, PricingPoints.PRICE_RULES, new EmployeePrice(employees, settings)),
                Hook.after(ID, EventPoints.of(MemberSignedIn.class),
                        (EventListener<MemberSignedIn>) new EmployeeSignIn(employees, settings)),
                Hook.after(ID, EventPoints.of(OrderPaid.class),
                        (EventListener<OrderPaid>) new GiftCertificatePoints(employees,
                                context.facade(OrderReader.class).orElseThrow(), fields, database,
                                context.facade(MemberPoints.class).orElseThrow(), settings, clock)));
    }

    @Override
    public List<ScheduledTask> scheduledTasks(ModuleContext context) {
        ModuleDatabase database = context.facade(ModuleDatabase.class).orElseThrow();
        Employees employees = new Employees(context.facade(CustomFieldValues.class).orElseThrow(), database);
        return List.of(new ScheduledTask(MonthlyPoints.TASK, MonthlyPoints.CRON, new MonthlyPoints(employees, database,
                context.facade(MemberPoints.class).orElseThrow(), settings(context), clock)));
    }

    private static Supplier<EmployeeSettings> settings(ModuleContext context) {
        ModuleSettings saved = context.facade(ModuleSettings.class).orElseThrow();
        return () -> saved.current(EmployeeSettings.class);
    }
}
