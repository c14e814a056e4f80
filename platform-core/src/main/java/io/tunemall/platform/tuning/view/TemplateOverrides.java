package io.tunemall.platform.tuning.view;

import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.ModuleSwitches;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The whole-template overrides of the modules, each with the fingerprint (SHA-256) of the platform template it was
 * based on and of the platform's template now. A difference means the platform changed the template in an update
 * after the override was written.
 */
@Component
public class TemplateOverrides {

    private final InstalledModules modules;
    private final ModuleSwitches switches;
    private final ResourceLoader resources;

    TemplateOverrides(InstalledModules modules, ModuleSwitches switches, ResourceLoader resources) {
        this.modules = modules;
        this.switches = switches;
        this.resources = resources;
    }

    public List<OverrideStatus> statuses() {
        List<OverrideStatus> statuses = new ArrayList<>();
        modules.templateOverrides().forEach((module, overrides) -> overrides.forEach(override -> statuses.add(
                new OverrideStatus(module, override.template(), override.basedOnSha256(), fingerprint(override.template()),
                        switches.isEnabled(module)))));
        statuses.sort(Comparator.comparing(OverrideStatus::module).thenComparing(OverrideStatus::template));
        return statuses;
    }

    /** The SHA-256 of the platform's own template (never a module's override of it); empty when there is none. */
    public String fingerprint(String template) {
        Resource platform = resources.getResource("classpath:templates/" + template + ".html");
        if (!platform.exists()) {
            return "";
        }
        try (InputStream content = platform.getInputStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.readAllBytes()));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read the template " + template, failure);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
