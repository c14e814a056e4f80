package io.tunemall.order.coupon;

import io.tunemall.member.api.MemberBirthdays;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponRow;
import io.tunemall.platform.time.ShopClock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Birthday coupons, once a day (shop time) on one node (ShedLock). A copy is issued once per member and year, so a
 * second run on the same day, or a run repeated after a failure, issues nothing twice.
 */
@Component
public class BirthdayCoupons {

    private static final Logger log = LoggerFactory.getLogger(BirthdayCoupons.class);

    private final CouponStore store;
    private final CouponIssuing issuing;
    private final MemberBirthdays birthdays;
    private final ShopClock clock;

    BirthdayCoupons(CouponStore store, CouponIssuing issuing, MemberBirthdays birthdays, ShopClock clock) {
        this.store = store;
        this.issuing = issuing;
        this.birthdays = birthdays;
        this.clock = clock;
    }

    @Scheduled(cron = "${tunemall.coupons.birthday-cron:0 10 0 * * *}", zone = "${tunemall.time-zone:Asia/Seoul}")
    @SchedulerLock(name = "coupon-birthday", lockAtMostFor = "PT2H")
    public void scheduled() {
        issueFor(clock.today());
    }

    /** Issues the day's birthday coupons; answers how many copies were issued. */
    public int issueFor(LocalDate day) {
        List<CouponRow> coupons = store.active(CouponIssueMethod.BIRTHDAY);
        if (coupons.isEmpty()) {
            return 0;
        }
        int issued = 0;
        for (long member : birthdays.bornOn(MonthDay.from(day), day.isLeapYear())) {
            for (CouponRow coupon : coupons) {
                issued += issuing.issueOnce(coupon.id(), member, "birthday " + day.getYear(), clock.now()) ? 1 : 0;
            }
        }
        if (issued > 0) {
            log.info("Issued {} birthday coupons for {}", issued, day);
        }
        return issued;
    }
}
