package io.tunemall.platform.tuning;

import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;

/**
 * A module the platform found, where it came from, and whether it runs: a refused module (wrong SDK range, broken
 * manifest, duplicate id) is listed with the reason, and the platform keeps running without it.
 */
public record LoadedModule(String id, ModuleManifest manifest, String source, TuningModule module, String refusal) {

    static LoadedModule accepted(ModuleManifest manifest, String source, TuningModule module) {
        return new LoadedModule(manifest.id(), manifest, source, module, null);
    }

    static LoadedModule refused(String id, ModuleManifest manifest, String source, String reason) {
        return new LoadedModule(id, manifest, source, null, reason);
    }

    public boolean isAccepted() {
        return refusal == null;
    }
}
