package io.tunemall.tuning;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A module on the test classpath with its own table, to drive the lifecycle against the real database. */
public class NotesModule implements TuningModule {

    public interface Note extends Supplier<String> {
    }

    public static final ExtensionPoint<Note> NOTE = new ExtensionPoint<>("test.note", Note.class,
            FailurePolicy.SKIP_AND_LOG, "tests only");

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest("test.notes", "Notes", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        return List.of(Hook.after(context.moduleId(), NOTE, (Note) () -> "noted"));
    }
}
