package io.tunemall.platform.tuning;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.admin.Setting;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A module's settings record, taken apart and put together by reflection: its components as text for the form and the
 * table, and a record built from text, checked by the components' {@link Setting} rules and then by the record's own
 * constructor. Only the types a form can edit are allowed; a module whose record has another is refused.
 */
public final class SettingsRecords {

    private static final Set<Class<?>> SUPPORTED = Set.of(String.class, int.class, Integer.class, long.class, Long.class,
            boolean.class, Boolean.class, BigDecimal.class, LocalDate.class, Money.class);

    private SettingsRecords() {
    }

    /** A problem with one submitted value (by component name), or with the whole record (name null). */
    public static final class Invalid extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String component;

        Invalid(String component, String message) {
            super(message);
            this.component = component;
        }

        public String component() {
            return component;
        }
    }

    static void check(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (!SUPPORTED.contains(component.getType()) && !component.getType().isEnum()) {
                throw new IllegalStateException("its settings component " + component.getName() + " has the type "
                        + component.getType().getSimpleName() + ", which a settings form cannot edit");
            }
        }
    }

    /** The record's values as text, by component name, in order. */
    public static Map<String, String> text(Record settings) {
        Map<String, String> text = new LinkedHashMap<>();
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            Object value = value(settings, component);
            text.put(component.getName(), value == null ? null
                    : value instanceof Money money ? String.valueOf(money.won())
                    : value instanceof BigDecimal number ? number.toPlainString()
                    : value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
        return text;
    }

    /**
     * A record of the same type as {@code defaults} from text values; a component without a value keeps the default's.
     *
     * @throws Invalid naming the component whose value is refused, or none when the record's constructor refused
     */
    @SuppressWarnings("unchecked")
    public static <S extends Record> S build(S defaults, Map<String, String> values, Locale locale) {
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String text = values.get(component.getName());
            arguments[i] = text == null ? value(defaults, component) : parse(component, text.strip(), locale);
        }
        try {
            Constructor<?> canonical = defaults.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return (S) canonical.newInstance(arguments);
        } catch (InvocationTargetException refused) {
            throw new Invalid(null, String.valueOf(refused.getCause().getMessage()));
        } catch (ReflectiveOperationException broken) {
            throw new IllegalStateException("Cannot build the settings record " + defaults.getClass().getName(), broken);
        }
    }

    /** The label of a component in the language (its {@link Setting}, or its name). */
    public static String label(RecordComponent component, Locale locale) {
        Setting setting = component.getAnnotation(Setting.class);
        if (setting == null) {
            return component.getName();
        }
        boolean english = !Locale.KOREAN.getLanguage().equals(locale.getLanguage()) && !setting.englishLabel().isEmpty();
        return english ? setting.englishLabel() : setting.label();
    }

    private static Object parse(RecordComponent component, String text, Locale locale) {
        Class<?> type = component.getType();
        Setting rules = component.getAnnotation(Setting.class);
        boolean korean = Locale.KOREAN.getLanguage().equals(locale.getLanguage());
        if (type == boolean.class || type == Boolean.class) {
            return "true".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text);
        }
        if (text.isEmpty()) {
            if (rules != null && rules.required() || type.isPrimitive()) {
                throw new Invalid(component.getName(), korean ? "값을 입력하세요." : "Enter a value.");
            }
            return null;
        }
        try {
            if (type == String.class) {
                int maxLength = rules == null ? 200 : rules.maxLength();
                if (text.length() > maxLength) {
                    throw new Invalid(component.getName(), korean ? maxLength + "자 이내로 입력하세요."
                            : "Use at most " + maxLength + " characters.");
                }
                if (rules != null && !rules.pattern().isEmpty() && !text.matches(rules.pattern())) {
                    throw new Invalid(component.getName(), korean ? "형식이 맞지 않습니다." : "This does not have the expected form.");
                }
                return text;
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
                throw new Invalid(component.getName(), korean ? "목록에 있는 값을 고르세요." : "Choose one of the listed values.");
            }
            BigDecimal number = new BigDecimal(text.replace(",", ""));
            long min = rules == null ? Long.MIN_VALUE : rules.min();
            long max = rules == null ? Long.MAX_VALUE : rules.max();
            if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
                throw new Invalid(component.getName(), korean ? min + " 이상이어야 합니다." : "Enter at least " + min + ".");
            }
            if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new Invalid(component.getName(), korean ? max + " 이하여야 합니다." : "Enter at most " + max + ".");
            }
            if (type == BigDecimal.class) {
                return number;
            }
            if (type == Money.class) {
                return Money.won(number.longValueExact());
            }
            return type == int.class || type == Integer.class ? (Object) number.intValueExact() : (Object) number.longValueExact();
        } catch (NumberFormatException | ArithmeticException notANumber) {
            boolean whole = type != BigDecimal.class;
            throw new Invalid(component.getName(), korean ? (whole ? "정수를 입력하세요." : "숫자를 입력하세요.")
                    : (whole ? "Enter a whole number." : "Enter a number."));
        } catch (java.time.format.DateTimeParseException notADate) {
            throw new Invalid(component.getName(), korean ? "날짜를 YYYY-MM-DD 형식으로 입력하세요." : "Enter a date as YYYY-MM-DD.");
        }
    }

    private static Object value(Record settings, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(settings);
        } catch (ReflectiveOperationException broken) {
            throw new IllegalStateException("Cannot read the setting " + component.getName(), broken);
        }
    }
}
