package io.tunemall.examples.employee;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.member.MemberPoints;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The employees' monthly points, given on the 1st. Each member gets them once a month: the month's row in the module's
 * table and the points are written in one transaction, so a second run (another node, a retry, the owner running it
 * again) gives nothing, and a run later in the month pays whoever the first run missed.
 */
class MonthlyPoints implements Runnable {

    static final String TASK = "monthly-points";
    /** 06:00 on the 1st of every month, in the shop's zone. */
    static final String CRON = "0 0 6 1 * *";
    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Seoul");

    private final Employees employees;
    private final ModuleDatabase database;
    private final MemberPoints points;
    private final Supplier<EmployeeSettings> settings;
    private final Clock clock;

    MonthlyPoints(Employees employees, ModuleDatabase database, MemberPoints points,
            Supplier<EmployeeSettings> settings, Clock clock) {
        this.employees = employees;
        this.database = database;
        this.points = points;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run() {
        EmployeeSettings current = settings.get();
        Money amount = current.monthlyPoints();
        if (amount == null || amount.isZero()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SHOP_ZONE));
        String month = YearMonth.from(today).toString();
        for (long member : employees.current()) {
            database.inTransaction(() -> {
                if (database.update("INSERT IGNORE INTO " + database.table("monthly") + " (member_id, points_month, "
                        + "points) VALUES (?, ?, ?)", member, month, amount.won()) == 1) {
                    points.give(member, amount, "임직원 월 포인트 (" + month + ")",
                            today.plusDays(current.pointsValidDays()));
                }
                return null;
            });
        }
    }
}
