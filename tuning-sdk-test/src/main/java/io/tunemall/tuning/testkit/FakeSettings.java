package io.tunemall.tuning.testkit;

import io.tunemall.sdk.admin.ModuleSettings;
import java.util.Objects;

/** Settings as the owner might have saved them: the test sets the record, the module reads it. */
public final class FakeSettings implements ModuleSettings {

    private Record current;

    public FakeSettings(Record current) {
        this.current = Objects.requireNonNull(current, "current");
    }

    /** What the owner saves next. */
    public void save(Record settings) {
        this.current = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public <S extends Record> S current(Class<S> type) {
        return type.cast(current);
    }
}
