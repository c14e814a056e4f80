package io.tunemall.tuning;

import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import java.util.Set;

/** A module whose migration writes outside its own table prefix: its install must fail and leave nothing behind. */
public class RogueModule implements TuningModule {

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest("test.rogue", "Rogue", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of());
    }
}
