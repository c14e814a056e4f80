package io.tunemall.platform.tuning.field;

import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.LoadedModule;
import io.tunemall.platform.tuning.ModuleDataDropped;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.field.FieldType;
import io.tunemall.sdk.field.InvalidFieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom fields of products, members and orders, as the platform's forms, pages and API use them: the fields of the
 * enabled modules, their values read in batches, bound from admin forms with a message per input, and saved. A
 * disabled module's fields disappear from forms and pages at once; their values stay for when it comes back.
 */
@Service
public class CustomFields {

    private final Map<String, DeclaredField> all = new LinkedHashMap<>();
    private final Map<String, String> moduleNames = new HashMap<>();
    private final ModuleSwitches switches;
    private final CustomFieldStore store;

    CustomFields(InstalledModules modules, ModuleSwitches switches, CustomFieldStore store) {
        this.switches = switches;
        this.store = store;
        modules.customFields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> entry.getValue().forEach(field -> {
                    DeclaredField declared = new DeclaredField(entry.getKey(), field);
                    all.put(declared.qualifiedKey(), declared);
                }));
        modules.all().stream().filter(LoadedModule::isAccepted)
                .forEach(module -> moduleNames.put(module.id(), module.manifest().name()));
    }

    /** The fields of enabled modules on this entity type, by module and in declared order. */
    public List<DeclaredField> fields(EntityType entity) {
        return all.values().stream()
                .filter(field -> field.field().entity() == entity && switches.isEnabled(field.module()))
                .toList();
    }

    /** One entity's values. */
    public FieldValues values(EntityType entity, String id) {
        return values(entity, List.of(id)).getOrDefault(id, FieldValues.NONE);
    }

    /** The values of many entities, in one query; entities without values are absent. */
    public Map<String, FieldValues> values(EntityType entity, Collection<String> ids) {
        if (fields(entity).isEmpty()) {
            return Map.of();
        }
        return store.load(entity, ids, this::enabled).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new FieldValues(e.getValue())));
    }

    /** What shoppers see of an entity's values: the storefront fields that have one, labelled, in order. */
    public List<ShownField> shown(EntityType entity, FieldValues values, Locale locale) {
        List<ShownField> shown = new ArrayList<>();
        for (DeclaredField field : fields(entity)) {
            Object value = values.values().get(field.qualifiedKey());
            if (field.field().isOnStorefront() && value != null) {
                shown.add(new ShownField(field.module(), field.field().key(), field.field().label(locale),
                        display(value, locale)));
            }
        }
        return shown;
    }

    /** What staff see of an entity's values (an admin detail page): every field that has one, admin-only ones too. */
    public List<ShownField> shownToStaff(EntityType entity, FieldValues values, Locale locale) {
        List<ShownField> shown = new ArrayList<>();
        for (DeclaredField field : fields(entity)) {
            Object value = values.values().get(field.qualifiedKey());
            if (value != null) {
                shown.add(new ShownField(field.module(), field.field().key(), field.field().label(locale),
                        display(value, locale)));
            }
        }
        return shown;
    }

    /** A field's value as a page shows it. */
    public record ShownField(String module, String key, String label, String text) {
    }

    /** The storefront fields' values as JSON wants them, by module and key. */
    public Map<String, Map<String, Object>> forApi(EntityType entity, FieldValues values) {
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        for (DeclaredField field : fields(entity)) {
            Object value = values.values().get(field.qualifiedKey());
            if (field.field().isOnStorefront() && value != null) {
                json.computeIfAbsent(field.module(), module -> new LinkedHashMap<>()).put(field.field().key(),
                        value instanceof java.time.LocalDate day ? day.toString() : value);
            }
        }
        return json;
    }

    /** Reads a submitted admin form's custom field inputs. */
    public BoundFields bind(EntityType entity, Function<String, String> parameters, Locale locale) {
        Map<String, Object> values = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        for (DeclaredField field : fields(entity)) {
            String input = parameters.apply(field.param());
            if (input != null) {
                raw.put(field.param(), input);
            }
            try {
                values.put(field.qualifiedKey(), field.field().parse(input, locale));
            } catch (InvalidFieldValue invalid) {
                errors.put(field.param(), invalid.getMessage());
            }
        }
        return new BoundFields(values, errors, raw);
    }

    /** Saves what a form bound (the caller checked it has no errors). */
    @Transactional
    public void save(EntityType entity, String id, BoundFields bound) {
        if (bound.hasErrors()) {
            throw new IllegalArgumentException("Custom fields with problems are not saved: " + bound.errors().keySet());
        }
        bound.values().forEach((qualified, value) -> store.save(entity, id, all.get(qualified), value));
    }

    /** Sets one value of a module's field, checked like a typed one. */
    @Transactional
    public void set(String module, EntityType entity, String id, String key, Object value, Locale locale) {
        DeclaredField field = all.get(DeclaredField.qualified(module, key));
        if (field == null || field.field().entity() != entity) {
            throw new IllegalArgumentException("Module " + module + " declares no " + entity + " field " + key);
        }
        store.save(entity, id, field, field.field().check(value, locale));
    }

    /** The form of an entity's fields: the stored values (id null: a new entity), or what was typed when refused. */
    public CustomFieldForm form(EntityType entity, String id, BoundFields submitted, Locale locale) {
        FieldValues stored = id == null ? FieldValues.NONE : values(entity, id);
        Map<String, List<CustomFieldForm.Input>> byModule = new LinkedHashMap<>();
        for (DeclaredField declared : fields(entity)) {
            CustomField field = declared.field();
            String value = submitted != null ? submitted.raw().get(declared.param())
                    : text(stored.values().get(declared.qualifiedKey()));
            if (submitted != null && field.type() == FieldType.BOOLEAN) {
                value = String.valueOf(Boolean.TRUE.equals(submitted.values().get(declared.qualifiedKey())));
            }
            byModule.computeIfAbsent(declared.module(), module -> new ArrayList<>()).add(new CustomFieldForm.Input(
                    declared.param(), field.label(locale), field.type().name(), field.isRequired(),
                    field.type() == FieldType.STRING ? field.maxLength() : null, plain(field.min()), plain(field.max()),
                    field.options(), value, submitted == null ? null : submitted.errors().get(declared.param())));
        }
        return new CustomFieldForm(byModule.entrySet().stream()
                .map(e -> new CustomFieldForm.Group(e.getKey(), moduleNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList());
    }

    /** Drops every stored value of a module's fields when it is uninstalled with its data. */
    @EventListener
    void dropValuesOf(ModuleDataDropped dropped) {
        store.dropModule(dropped.moduleId());
    }

    DeclaredField declared(String module, String key) {
        return all.get(DeclaredField.qualified(module, key));
    }

    private DeclaredField enabled(String qualified) {
        DeclaredField field = all.get(qualified);
        return field != null && switches.isEnabled(field.module()) ? field : null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static String display(Object value, Locale locale) {
        if (value instanceof Boolean flag) {
            boolean korean = Locale.KOREAN.getLanguage().equals(locale.getLanguage());
            return flag ? (korean ? "예" : "Yes") : (korean ? "아니요" : "No");
        }
        return text(value);
    }
}
