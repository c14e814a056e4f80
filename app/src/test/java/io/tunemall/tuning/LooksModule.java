package io.tunemall.tuning;

import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.view.SlotFill;
import io.tunemall.sdk.view.Slots;
import io.tunemall.sdk.view.TemplateOverride;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module that changes the look: fills in every slot (one that breaks, one whose fragment does not exist), and
 * overrides two storefront templates, one written against today's platform template and one against an older one.
 */
public class LooksModule implements TuningModule {

    static final String ID = "test.looks";
    static final String BADGE_TAG = "it-badge";
    static final String BREAKS_TAG = "it-breaks-slot";
    /** What the home page override was based on: a template the platform no longer has. */
    static final String OLD_HOME = "0".repeat(64);

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "Looks", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<CustomField> customFields() {
        return List.of(CustomField.text(EntityType.PRODUCT, "ribbon", "리본 문구", "Ribbon"));
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        String id = context.moduleId();
        return List.of(
                Hook.after(id, Slots.point(Slots.PRODUCT_DETAIL_SUMMARY), SlotFill.of("looks", "summary",
                        slot -> Map.of("greeting", slot.locale().getLanguage().equals("ko") ? "반가워요" : "Hello"))),
                Hook.after(id, Slots.point(Slots.PRODUCT_DETAIL_BOTTOM), SlotFill.of("looks", "bottom", slot -> {
                    if (slot.product().orElseThrow().hasTag(BREAKS_TAG)) {
                        throw new IllegalStateException("the recommendation service is down");
                    }
                    return Map.of();
                })),
                Hook.after(id, Slots.point(Slots.LISTING_CARD), SlotFill.of("looks", "badge",
                        slot -> slot.product().orElseThrow().hasTag(BADGE_TAG) ? Map.of() : null)),
                Hook.after(id, Slots.point(Slots.ADMIN_PRODUCT_FORM), SlotFill.of("looks", "admin-panel")),
                Hook.before(id, Slots.point("test.nowhere"), SlotFill.of("missing", "fragment")));
    }

    @Override
    public List<TemplateOverride> templateOverrides() {
        return List.of(new TemplateOverride("storefront/home", OLD_HOME),
                new TemplateOverride("storefront/search", fingerprintOfThePlatforms("templates/storefront/search.html")));
    }

    /** As the module's author did when writing the override: the fingerprint of the template it started from. */
    static String fingerprintOfThePlatforms(String resource) {
        try (InputStream template = LooksModule.class.getClassLoader().getResourceAsStream(resource)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(template.readAllBytes()));
        } catch (IOException | NoSuchAlgorithmException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
