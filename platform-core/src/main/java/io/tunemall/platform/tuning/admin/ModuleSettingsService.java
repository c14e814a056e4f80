package io.tunemall.platform.tuning.admin;

import io.tunemall.platform.time.ShopClock;
import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.LoadedModule;
import io.tunemall.platform.tuning.ModuleDataDropped;
import io.tunemall.platform.tuning.SettingsRecords;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.admin.Setting;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Modules' settings: the form generated from each settings record, what the owner saves (table
 * {@code tuning_module_setting}), and the current record modules read on every request, kept in memory for a few
 * seconds so that every node sees a save within that time without a query per call.
 */
@Service
public class ModuleSettingsService {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Cached(Record settings, Instant readAt) {
    }

    private final InstalledModules modules;
    private final JdbcTemplate jdbc;
    private final ShopClock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ModuleSettingsService(InstalledModules modules, JdbcTemplate jdbc, ShopClock clock) {
        this.modules = modules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the module has settings (an accepted module with a settings record). */
    public boolean hasSettings(String module) {
        return modules.defaultSettings(module).isPresent();
    }

    /** The current settings of a module, as its record type. */
    public <S extends Record> S current(String module, Class<S> type) {
        Record defaults = modules.defaultSettings(module)
                .orElseThrow(() -> new IllegalArgumentException("Module " + module + " has no settings"));
        if (!type.isInstance(defaults)) {
            throw new IllegalArgumentException("The settings of " + module + " are a " + defaults.getClass().getName()
                    + ", not a " + type.getName());
        }
        Instant now = clock.now();
        Cached cached = cache.get(module);
        if (cached == null || cached.readAt().plus(FRESH_FOR).isBefore(now)) {
            cached = new Cached(SettingsRecords.build(defaults, stored(module), Locale.ROOT), now);
            cache.put(module, cached);
        }
        return type.cast(cached.settings());
    }

    /** The form with the saved settings. */
    public Optional<SettingsForm> form(String module, Locale locale) {
        return modules.defaultSettings(module).map(defaults -> form(module, defaults,
                SettingsRecords.text(SettingsRecords.build(defaults, stored(module), locale)), Map.of(), null, locale));
    }

    /**
     * Saves what the form sent, or answers the form again with the problems (nothing saved). A secret left empty keeps
     * its saved value.
     */
    @Transactional
    public Optional<SettingsForm> save(String module, Function<String, String> parameters, Locale locale) {
        Record defaults = modules.defaultSettings(module)
                .orElseThrow(() -> new IllegalArgumentException("Module " + module + " has no settings"));
        Map<String, String> stored = stored(module);
        Map<String, String> submitted = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        for (RecordComponent component : defaults.getClass().getRecordComponents()) {
            String value = parameters.apply(component.getName());
            typed.put(component.getName(), value);
            if (secret(component) && (value == null || value.isBlank())) {
                value = stored.containsKey(component.getName()) ? stored.get(component.getName())
                        : SettingsRecords.text(defaults).get(component.getName());
            }
            submitted.put(component.getName(), isBoolean(component) && value == null ? "false" : value);
        }
        Record settings;
        try {
            settings = SettingsRecords.build(defaults, submitted, locale);
        } catch (SettingsRecords.Invalid invalid) {
            Map<String, String> errors = invalid.component() == null ? Map.of() : Map.of(invalid.component(), invalid.getMessage());
            return Optional.of(form(module, defaults, typed, errors, invalid.component() == null ? invalid.getMessage() : null,
                    locale));
        }
        Timestamp now = Timestamp.from(clock.now());
        jdbc.update("DELETE FROM tuning_module_setting WHERE module_id = ?", module);
        SettingsRecords.text(settings).forEach((name, value) -> jdbc.update(
                "INSERT INTO tuning_module_setting (module_id, name, setting_value, updated_at) VALUES (?, ?, ?, ?)",
                module, name, value, now));
        cache.remove(module);
        return Optional.empty();
    }

    /** A module uninstalled with its data loses its settings too. */
    @EventListener
    void dropSettingsOf(ModuleDataDropped dropped) {
        jdbc.update("DELETE FROM tuning_module_setting WHERE module_id = ?", dropped.moduleId());
        cache.remove(dropped.moduleId());
    }

    private Map<String, String> stored(String module) {
        Map<String, String> values = new HashMap<>();
        jdbc.query("SELECT name, setting_value FROM tuning_module_setting WHERE module_id = ?",
                row -> {
                    values.put(row.getString("name"), row.getString("setting_value"));
                }, module);
        return values;
    }

    private SettingsForm form(String module, Record defaults, Map<String, String> values, Map<String, String> errors,
            String problem, Locale locale) {
        Map<String, String> saved = stored(module);
        List<SettingsForm.Input> inputs = new ArrayList<>();
        for (RecordComponent component : defaults.getClass().getRecordComponents()) {
            Setting rules = component.getAnnotation(Setting.class);
            String type = type(component);
            boolean isSecret = "SECRET".equals(type);
            inputs.add(new SettingsForm.Input(component.getName(), SettingsRecords.label(component, locale),
                    rules == null || rules.help().isEmpty() ? null : rules.help(), type,
                    rules != null && rules.required(),
                    rules == null || rules.min() == Long.MIN_VALUE ? null : String.valueOf(rules.min()),
                    rules == null || rules.max() == Long.MAX_VALUE ? null : String.valueOf(rules.max()),
                    rules == null ? 200 : rules.maxLength(),
                    component.getType().isEnum() ? Arrays.stream(component.getType().getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name()).toList() : List.of(),
                    isSecret ? null : values.get(component.getName()),
                    isSecret && saved.get(component.getName()) != null && !saved.get(component.getName()).isEmpty(),
                    errors.get(component.getName())));
        }
        String name = modules.all().stream().filter(m -> m.id().equals(module)).findFirst()
                .map(LoadedModule::manifest).map(manifest -> manifest.name()).orElse(module);
        return new SettingsForm(module, name, inputs, problem);
    }

    private static boolean secret(RecordComponent component) {
        Setting rules = component.getAnnotation(Setting.class);
        return rules != null && rules.secret() && component.getType() == String.class;
    }

    private static boolean isBoolean(RecordComponent component) {
        return component.getType() == boolean.class || component.getType() == Boolean.class;
    }

    private static String type(RecordComponent component) {
        Class<?> type = component.getType();
        if (secret(component)) {
            return "SECRET";
        }
        if (isBoolean(component)) {
            return "BOOLEAN";
        }
        if (type.isEnum()) {
            return "CHOICE";
        }
        if (type == LocalDate.class) {
            return "DATE";
        }
        if (type == BigDecimal.class) {
            return "DECIMAL";
        }
        if (type == String.class) {
            return "TEXT";
        }
        return type == Money.class || type.isPrimitive() || Number.class.isAssignableFrom(type) ? "NUMBER" : "TEXT";
    }
}
