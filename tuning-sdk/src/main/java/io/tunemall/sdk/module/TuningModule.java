package io.tunemall.sdk.module;

import io.tunemall.sdk.admin.AdminMenuEntry;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.schedule.ScheduledTask;
import io.tunemall.sdk.view.TemplateOverride;
import io.tunemall.sdk.web.Route;
import java.util.List;

/**
 * A tuning module's entry point, found by the platform through {@link java.util.ServiceLoader}. It needs a public
 * no-argument constructor and must not do work in it: the platform may instantiate a module it then refuses.
 *
 * @since 1.0.0
 */
public interface TuningModule {

    ModuleManifest manifest();

    /** The hooks this module attaches to the platform's extension points. Called once per start. */
    default List<Hook<?>> hooks(ModuleContext context) {
        return List.of();
    }

    /**
     * The module's pages and endpoints, mounted under its namespace ({@code /t/{id}/}, {@code /admin/t/{id}/},
     * {@code /api/v1/t/{id}/}). Called once per start; a route the platform cannot mount (a duplicate, a permission
     * the manifest does not declare) refuses the module with the reason.
     *
     * @since 1.0.0
     */
    default List<Route> routes(ModuleContext context) {
        return List.of();
    }

    /**
     * The typed fields this module adds to products, members and orders: validated and stored by the platform,
     * shown in the admin edit forms, available to templates and the API. Called once per start.
     *
     * @since 1.0.0
     */
    default List<CustomField> customFields() {
        return List.of();
    }

    /**
     * Platform templates this module replaces as a whole. Two modules overriding one template stop the platform at
     * startup, naming both.
     *
     * @since 1.0.0
     */
    default List<TemplateOverride> templateOverrides() {
        return List.of();
    }

    /**
     * The module's entries in the admin console's side menu, each leading to one of its admin routes. Every entry's
     * permission must be one the manifest declares.
     *
     * @since 1.0.0
     */
    default List<AdminMenuEntry> adminMenu() {
        return List.of();
    }

    /**
     * The module's settings with their defaults, as an instance of its settings record (annotated with
     * {@link io.tunemall.sdk.admin.Setting}); null when it has none. The platform generates the settings form from the
     * record's components, stores what the owner saves, and hands it back through
     * {@link io.tunemall.sdk.admin.ModuleSettings}.
     *
     * @since 1.0.0
     */
    default Record defaultSettings() {
        return null;
    }

    /**
     * Work the platform runs for this module on a schedule (cron in Asia/Seoul, on one node, only while the module is
     * enabled); see {@link ScheduledTask} for the failure policy. Called once per start; two tasks with one name refuse
     * the module.
     *
     * @since 1.0
     */
    default List<ScheduledTask> scheduledTasks(ModuleContext context) {
        return List.of();
    }
}
