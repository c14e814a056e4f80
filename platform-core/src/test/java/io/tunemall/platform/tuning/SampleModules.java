package io.tunemall.platform.tuning;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Modules as an agency would ship them, good and bad, for the discovery tests. */
final class SampleModules {

    interface Label extends UnaryOperator<String> {
    }

    static final ExtensionPoint<Label> LABEL = new ExtensionPoint<>("test.label", Label.class,
            FailurePolicy.SKIP_AND_LOG, "tests only");

    private SampleModules() {
    }

    public static class Exclaiming implements TuningModule {
        @Override
        public ModuleManifest manifest() {
            return new ModuleManifest("acme.exclaim", "Exclaim", "1.0.0", "ACME", "[1.0,2.0)", Set.of("labels:edit"));
        }

        @Override
        public List<Hook<?>> hooks(ModuleContext context) {
            return List.of(Hook.after(context.moduleId(), LABEL, (Label) text -> text + "!"));
        }
    }

    public static class FromTheFuture implements TuningModule {
        @Override
        public ModuleManifest manifest() {
            return new ModuleManifest("acme.future", "Future", "3.0.0", "ACME", "[2.0,3.0)", Set.of());
        }
    }

    public static class BrokenWhileContributing implements TuningModule {
        @Override
        public ModuleManifest manifest() {
            return new ModuleManifest("acme.broken", "Broken", "1.0.0", "ACME", "[1.0,2.0)", Set.of());
        }

        @Override
        public List<Hook<?>> hooks(ModuleContext context) {
            throw new IllegalStateException("missing configuration");
        }
    }

    public static class Impostor implements TuningModule {
        @Override
        public ModuleManifest manifest() {
            return new ModuleManifest("acme.impostor", "Impostor", "1.0.0", "ACME", "[1.0,2.0)", Set.of());
        }

        @Override
        public List<Hook<?>> hooks(ModuleContext context) {
            return List.of(Hook.after("acme.exclaim", LABEL, (Label) text -> text));
        }
    }

    public static class SameIdAgain extends Exclaiming {
    }

    static final String FINGERPRINT = "a".repeat(64);

    public static class LookA implements TuningModule {
        @Override
        public ModuleManifest manifest() {
            return new ModuleManifest("acme.look-a", "Look A", "1.0.0", "ACME", "[1.0,2.0)", Set.of());
        }

        @Override
        public List<io.tunemall.sdk.view.TemplateOverride> templateOverrides() {
            return List.of(new io.tunemall.sdk.view.TemplateOverride("storefront/product", FINGERPRINT));
        }
    }

    public static class LookB extends LookA {
        @Override
        public ModuleManifest manifest() {
            return new ModuleManifest("acme.look-b", "Look B", "1.0.0", "ACME", "[1.0,2.0)", Set.of());
        }
    }

    /** Declares an override but ships no file for it. */
    public static class LookWithoutFile extends LookA {
        @Override
        public ModuleManifest manifest() {
            return new ModuleManifest("acme.look-none", "Look none", "1.0.0", "ACME", "[1.0,2.0)", Set.of());
        }
    }
}
