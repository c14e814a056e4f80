package io.tunemall.platform.tuning;

/**
 * A module was uninstalled with its data: whatever the platform keeps in its name (custom field values, settings)
 * goes too. Published synchronously, inside nothing: each listener deletes its own rows.
 */
public record ModuleDataDropped(String moduleId) {
}
