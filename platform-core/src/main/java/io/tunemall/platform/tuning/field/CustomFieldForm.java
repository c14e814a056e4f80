package io.tunemall.platform.tuning.field;

import java.util.List;

/**
 * The custom fields of one entity as an admin form shows them ({@code admin/tuning/custom-fields :: fields(form)}):
 * grouped by module, each input with its current or typed value and its problem.
 */
public record CustomFieldForm(List<Group> groups) {

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Whether any input has a problem, for the form's summary at the top. */
    public boolean hasErrors() {
        return groups.stream().flatMap(group -> group.inputs().stream()).anyMatch(input -> input.error() != null);
    }

    /** The fields of one module, under its name. */
    public record Group(String module, String moduleName, List<Input> inputs) {
    }

    /**
     * @param type STRING, NUMBER, BOOLEAN, DATE or ENUM
     * @param value what the input shows: the stored value or what was typed
     * @param error the problem with what was typed, or null
     */
    public record Input(String name, String label, String type, boolean required, Integer maxLength, String min,
            String max, List<String> options, String value, String error) {

        public boolean checked() {
            return "true".equals(value);
        }
    }
}
