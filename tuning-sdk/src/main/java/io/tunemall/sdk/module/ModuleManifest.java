package io.tunemall.sdk.module;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a module is and what it needs.
 *
 * @param id {@code vendor.name} in lower case, such as {@code acme.fit-finder}; never changes between versions
 * @param name what the shop owner reads in admin
 * @param version the module's own semantic version, such as {@code 1.4.2}
 * @param vendor who made it
 * @param sdkRange the tuning SDK versions it works with, as a range such as {@code [1.0,2.0)}
 * @param permissions the admin permissions it declares (shown in the role editor)
 * @since 1.0.0
 */
public record ModuleManifest(String id, String name, String version, String vendor, String sdkRange,
        Set<String> permissions) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    public ModuleManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(sdkRange, "sdkRange");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A module id is vendor.name in lower case, such as acme.fit-finder: " + id);
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Module " + id + " has a version that is not semantic: " + version);
        }
        SdkVersion.Range.parse(sdkRange);
        permissions = Set.copyOf(permissions);
    }
}
