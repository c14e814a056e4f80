package io.tunemall.platform.tuning;

/** One module as the admin Tuning page shows it. */
public record ModuleStatus(String id, String name, String version, String vendor, String source, String state,
        String installedVersion, String refusal, String disabledReason) {

    static ModuleStatus of(LoadedModule module, ModuleStates.Row row) {
        String state = !module.isAccepted() ? "REFUSED" : row == null ? "AVAILABLE" : row.state().name();
        return new ModuleStatus(module.id(),
                module.manifest() == null ? module.id() : module.manifest().name(),
                module.manifest() == null ? "" : module.manifest().version(),
                module.manifest() == null ? "" : module.manifest().vendor(),
                module.source(), state, row == null ? null : row.version(), module.refusal(),
                row == null ? null : row.disabledReason());
    }

    public boolean installed() {
        return "ENABLED".equals(state) || "DISABLED".equals(state);
    }
}
