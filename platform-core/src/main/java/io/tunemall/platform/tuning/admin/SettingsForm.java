package io.tunemall.platform.tuning.admin;

import java.util.List;

/**
 * A module's settings form, generated from its settings record: one input per component, with its current or typed
 * value and its problem, and a problem with the whole record (its constructor refused the values).
 */
public record SettingsForm(String module, String moduleName, List<Input> inputs, String problem) {

    public boolean hasErrors() {
        return problem != null || inputs.stream().anyMatch(input -> input.error() != null);
    }

    /**
     * @param type TEXT, SECRET, NUMBER, DECIMAL, BOOLEAN, DATE or CHOICE
     * @param value what the input shows (never a secret's value)
     * @param hasValue for a secret: whether one is saved
     */
    public record Input(String name, String label, String help, String type, boolean required, String min, String max,
            Integer maxLength, List<String> options, String value, boolean hasValue, String error) {

        public boolean checked() {
            return "true".equals(value);
        }
    }
}
