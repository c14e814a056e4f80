package io.tunemall.platform.tuning.upgrade;

import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.HookReport;
import io.tunemall.platform.tuning.view.OverrideStatus;
import io.tunemall.platform.tuning.view.TemplateOverrides;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What an owner should look at after a platform update: template overrides whose platform template changed since
 * they were written, and modules that use extension points the SDK deprecated. Shown on the admin Tuning page and
 * printed by {@code java -jar tunemall.jar --tunemall.tuning.upgrade-report}.
 */
@Service
public class UpgradeReport {

    /** A module using a point that will go in the next major version. */
    public record DeprecatedUse(String module, String point, String note) {
    }

    public record Findings(List<OverrideStatus> outdatedOverrides, List<DeprecatedUse> deprecatedUses) {

        public boolean isClean() {
            return outdatedOverrides.isEmpty() && deprecatedUses.isEmpty();
        }

        /** The report as lines of text, for the command line. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (isClean()) {
                lines.add("Tuning upgrade report: nothing to do.");
                return lines;
            }
            lines.add("Tuning upgrade report:");
            outdatedOverrides.forEach(override -> lines.add("  - " + override.module() + ": your override of "
                    + override.file() + " was based on an older version of it (based on " + override.basedOn()
                    + ", the platform's is now " + override.current() + "); merge the platform's changes"));
            deprecatedUses.forEach(use -> lines.add("  - " + use.module() + " uses the extension point " + use.point()
                    + ", " + use.note() + "; it goes in the next major SDK version"));
            return lines;
        }
    }

    private final TemplateOverrides overrides;
    private final HookChains chains;
    private final DeprecatedPoints deprecated;

    UpgradeReport(TemplateOverrides overrides, HookChains chains, DeprecatedPoints deprecated) {
        this.overrides = overrides;
        this.chains = chains;
        this.deprecated = deprecated;
    }

    public Findings findings() {
        List<DeprecatedUse> uses = new ArrayList<>();
        for (HookChains.PointReport point : chains.reports()) {
            String note = deprecated.note(point.point());
            if (note != null) {
                point.chain().stream().map(HookReport::module).distinct()
                        .forEach(module -> uses.add(new DeprecatedUse(module, point.point(), note)));
            }
        }
        return new Findings(overrides.statuses().stream().filter(OverrideStatus::outdated).toList(), uses);
    }
}
