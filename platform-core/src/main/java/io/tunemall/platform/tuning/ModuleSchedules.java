package io.tunemall.platform.tuning;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' scheduled tasks at their cron times in the shop's zone. Each run takes a ShedLock lock named after
 * the module and the task, so one node runs it; a run while the module is off does nothing. Tasks are scheduled once
 * the platform is ready, never while it is still starting.
 */
@Component
public class ModuleSchedules {

    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Seoul");
    /** A run that takes longer than this loses its lock and may be started again elsewhere. */
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);
    /** Keeps a run from starting twice when nodes' clocks differ by a little. */
    private static final Duration LOCK_AT_LEAST = Duration.ofSeconds(5);

    private final InstalledModules modules;
    private final HookChains chains;
    private final ModuleSwitches switches;
    private final TaskScheduler scheduler;
    private final LockingTaskExecutor locks;

    ModuleSchedules(InstalledModules modules, HookChains chains, ModuleSwitches switches, TaskScheduler scheduler,
            LockProvider lockProvider) {
        this.modules = modules;
        this.chains = chains;
        this.switches = switches;
        this.scheduler = scheduler;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        for (ModuleTask task : modules.tasks()) {
            scheduler.schedule(() -> run(task), new CronTrigger(task.task().cron(), SHOP_ZONE));
        }
    }

    /**
     * Runs a module's task now, as its schedule would: on this node if no other holds its lock, and only while the
     * module is enabled. Answers whether it ran. For the owner's "run now" and for tests.
     */
    public boolean runNow(String module, String task) {
        return run(modules.tasks().stream()
                .filter(each -> each.module().equals(module) && each.task().name().equals(task))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Module " + module + " has no task " + task)));
    }

    private boolean run(ModuleTask task) {
        if (!switches.isEnabled(task.module())) {
            return false;
        }
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = locks.executeWithLock(() -> {
                chains.chain(task.point()).runEachContained(Runnable::run);
                return Boolean.TRUE;
            }, new LockConfiguration(Clock.systemUTC().instant(), task.lockName(), LOCK_AT_MOST, LOCK_AT_LEAST));
        } catch (Throwable unexpected) {
            // runEachContained keeps the module's failures in; what is left is the lock's own trouble.
            throw new IllegalStateException("Could not run task " + task.task().name() + " of " + task.module(),
                    unexpected);
        }
        return Optional.ofNullable(result.getResult()).orElse(Boolean.FALSE);
    }
}
