package io.tunemall.platform.tuning;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.schedule.ScheduledTask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One scheduled task of one module. Its work is a hook at an extension point of its own, so a run is timed, skipped
 * while the module is off, and a failure is counted against the module and shown with its hooks on the Tuning page.
 */
public record ModuleTask(String module, ScheduledTask task, ExtensionPoint<Runnable> point) {

    /** The shedlock table's name column holds 64 characters. */
    private static final int LOCK_NAME_LIMIT = 64;

    public static ModuleTask of(String module, ScheduledTask task) {
        return new ModuleTask(module, task, new ExtensionPoint<>("schedule." + module + "." + task.name(),
                Runnable.class, FailurePolicy.SKIP_AND_LOG, "Scheduled task " + task.name() + " of " + module
                        + " (" + task.cron() + ", Asia/Seoul)"));
    }

    public Hook<Runnable> hook() {
        return Hook.after(module, point, task.work());
    }

    /** One lock per module and task across the cluster. */
    String lockName() {
        String name = "tuning:" + module + ":" + task.name();
        if (name.length() <= LOCK_NAME_LIMIT) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "tuning:" + HexFormat.of().formatHex(digest).substring(0, 40);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
