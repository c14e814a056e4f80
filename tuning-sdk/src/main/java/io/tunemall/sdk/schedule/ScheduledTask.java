package io.tunemall.sdk.schedule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Work a module has the platform do on a schedule, such as monthly points on the 1st. Returned from
 * {@link io.tunemall.sdk.module.TuningModule#scheduledTasks(io.tunemall.sdk.module.ModuleContext)}.
 *
 * <h2>When it runs</h2>
 * At the times of its cron expression, read in the shop's time zone (Asia/Seoul), on one node of the shop only: each
 * run takes the platform's scheduling lock named after the module and the task, so a cluster does not run it once per
 * node. It runs only while the module is enabled; a time that passes while the module is disabled or the shop is down
 * is not made up later, so the work should catch up by itself (pay what a member has not been paid this month, say)
 * and be idempotent.
 *
 * <h2>Ordering</h2>
 * Tasks run on the platform's scheduler thread pool, independently of each other and of requests; a task is not
 * started again while its previous run is still going on any node.
 *
 * <h2>Failure policy</h2>
 * A task that throws is logged and counted against its module on the Tuning page; the module is switched off after the
 * platform's limit of failures in a row. The next scheduled time runs it again.
 *
 * @param name the task's name, unique within the module: lower case letters, digits and dashes
 * @param cron a Spring cron expression with six fields (second minute hour day month weekday), such as
 *     {@code 0 0 6 1 * *} for 06:00 on the 1st of every month
 * @param work what to do
 * @since 1.0
 */
public record ScheduledTask(String name, String cron, Runnable work) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ScheduledTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(work, "work");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A task's name is lower case letters, digits and dashes: " + name);
        }
        if (cron.trim().split("\\s+").length != 6) {
            throw new IllegalArgumentException("A task's cron has six fields (second minute hour day month weekday): "
                    + cron);
        }
    }
}
