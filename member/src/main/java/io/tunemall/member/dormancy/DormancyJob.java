package io.tunemall.member.dormancy;

import io.tunemall.member.api.DormantAccounts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly dormancy notices and moves, on one node at a time; does nothing while the owner's setting is off. */
@Component
class DormancyJob {

    private final DormantAccounts dormancy;

    DormancyJob(DormantAccounts dormancy) {
        this.dormancy = dormancy;
    }

    @Scheduled(cron = "${tunemall.members.dormancy-cron:0 20 4 * * *}", zone = "${tunemall.time-zone:Asia/Seoul}")
    @SchedulerLock(name = "member-dormancy", lockAtMostFor = "PT2H")
    void scheduled() {
        dormancy.run();
    }
}
