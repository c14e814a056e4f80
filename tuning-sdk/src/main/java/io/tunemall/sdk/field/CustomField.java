package io.tunemall.sdk.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One typed field a module adds to an entity. Immutable: each {@code with}-style method returns a changed copy.
 *
 * <pre>{@code
 * CustomField.text(EntityType.PRODUCT, "origin", "원산지", "Country of origin").required().maxLength(40)
 * CustomField.number(EntityType.PRODUCT, "abv", "알코올 도수", "Alcohol by volume").min("0").max("100")
 * CustomField.choice(EntityType.ORDER, "slot", "배송 시간대", "Delivery slot", List.of("오전", "오후", "저녁"))
 * CustomField.flag(EntityType.MEMBER, "employee", "임직원", "Employee").adminOnly()
 * }</pre>
 *
 * A field's key is unique within its module and entity, and never changes (values are stored under it).
 *
 * @since 1.0.0
 */
public final class CustomField {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** The most characters a text value may have. */
    public static final int MAX_TEXT = 2000;

    private final EntityType entity;
    private final String key;
    private final FieldType type;
    private final String label;
    private final String englishLabel;
    private final boolean required;
    private final int maxLength;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Pattern pattern;
    private final List<String> options;
    private final boolean storefront;

    private CustomField(EntityType entity, String key, FieldType type, String label, String englishLabel,
            boolean required, int maxLength, BigDecimal min, BigDecimal max, Pattern pattern, List<String> options,
            boolean storefront) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.key = Objects.requireNonNull(key, "key");
        this.type = Objects.requireNonNull(type, "type");
        this.label = Objects.requireNonNull(label, "label");
        this.englishLabel = Objects.requireNonNull(englishLabel, "englishLabel");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A field key is 1 to 64 lower-case letters, digits and dashes: " + key);
        }
        if (maxLength < 1 || maxLength > MAX_TEXT) {
            throw new IllegalArgumentException("A text field holds 1 to " + MAX_TEXT + " characters: " + maxLength);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("Field " + key + " has a minimum above its maximum");
        }
        this.required = required;
        this.maxLength = maxLength;
        this.min = min;
        this.max = max;
        this.pattern = pattern;
        this.options = List.copyOf(options);
        if (type == FieldType.ENUM && this.options.isEmpty()) {
            throw new IllegalArgumentException("Choice field " + key + " has no options");
        }
        this.storefront = storefront;
    }

    private static CustomField of(EntityType entity, String key, FieldType type, String label, String englishLabel,
            List<String> options) {
        return new CustomField(entity, key, type, label, englishLabel, false, 200, null, null, null, options, true);
    }

    /** A text field, up to 200 characters unless {@link #maxLength} says otherwise. */
    public static CustomField text(EntityType entity, String key, String label, String englishLabel) {
        return of(entity, key, FieldType.STRING, label, englishLabel, List.of());
    }

    public static CustomField number(EntityType entity, String key, String label, String englishLabel) {
        return of(entity, key, FieldType.NUMBER, label, englishLabel, List.of());
    }

    public static CustomField flag(EntityType entity, String key, String label, String englishLabel) {
        return of(entity, key, FieldType.BOOLEAN, label, englishLabel, List.of());
    }

    public static CustomField date(EntityType entity, String key, String label, String englishLabel) {
        return of(entity, key, FieldType.DATE, label, englishLabel, List.of());
    }

    /** A field whose value is one of {@code options}, in the order shown. */
    public static CustomField choice(EntityType entity, String key, String label, String englishLabel,
            List<String> options) {
        return of(entity, key, FieldType.ENUM, label, englishLabel, options);
    }

    /** The same field, which must have a value (a yes/no field always has one). */
    public CustomField required() {
        return new CustomField(entity, key, type, label, englishLabel, true, maxLength, min, max, pattern, options, storefront);
    }

    public CustomField maxLength(int characters) {
        return new CustomField(entity, key, type, label, englishLabel, required, characters, min, max, pattern, options, storefront);
    }

    /** The smallest number allowed, written as a decimal ({@code "0"}, {@code "0.5"}). */
    public CustomField min(String number) {
        return new CustomField(entity, key, type, label, englishLabel, required, maxLength, new BigDecimal(number), max, pattern,
                options, storefront);
    }

    public CustomField max(String number) {
        return new CustomField(entity, key, type, label, englishLabel, required, maxLength, min, new BigDecimal(number), pattern,
                options, storefront);
    }

    /** A regular expression a text value must match as a whole. */
    public CustomField pattern(String regex) {
        return new CustomField(entity, key, type, label, englishLabel, required, maxLength, min, max, Pattern.compile(regex),
                options, storefront);
    }

    /** The same field, kept out of the storefront, its templates and the storefront API (admin and modules only). */
    public CustomField adminOnly() {
        return new CustomField(entity, key, type, label, englishLabel, required, maxLength, min, max, pattern, options, false);
    }

    public EntityType entity() {
        return entity;
    }

    public String key() {
        return key;
    }

    public FieldType type() {
        return type;
    }

    /** The label in the given language (Korean, or English for any other). */
    public String label(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? label : englishLabel;
    }

    public boolean isRequired() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The smallest number allowed, or null. */
    public BigDecimal min() {
        return min;
    }

    /** The largest number allowed, or null. */
    public BigDecimal max() {
        return max;
    }

    /** The options of a choice field, in order; empty for other fields. */
    public List<String> options() {
        return options;
    }

    /** Whether shoppers see it: on the storefront, in templates and in the storefront API. */
    public boolean isOnStorefront() {
        return storefront;
    }

    /**
     * The value a form sent for this field, checked and typed: null for an empty optional field.
     *
     * @throws InvalidFieldValue with a message in the given language when the value is not acceptable
     */
    public Object parse(String input, Locale locale) {
        String text = input == null ? "" : input.strip();
        if (type == FieldType.BOOLEAN) {
            return "true".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text) || "1".equals(text);
        }
        if (text.isEmpty()) {
            if (required) {
                throw invalid(locale, "값을 입력하세요.", "Enter a value.");
            }
            return null;
        }
        return switch (type) {
            case STRING -> checkedText(text, locale);
            case NUMBER -> checkedNumber(text, locale);
            case DATE -> checkedDate(text, locale);
            case ENUM -> {
                if (!options.contains(text)) {
                    throw invalid(locale, "목록에 있는 값을 고르세요.", "Choose one of the listed values.");
                }
                yield text;
            }
            default -> throw new IllegalStateException(type.name());
        };
    }

    /**
     * Checks a value a module sets: its Java type must be the field's and it must pass the same rules as a typed one.
     *
     * @throws InvalidFieldValue when it does not
     */
    public Object check(Object value, Locale locale) {
        if (value == null) {
            if (required && type != FieldType.BOOLEAN) {
                throw invalid(locale, "값을 입력하세요.", "Enter a value.");
            }
            return type == FieldType.BOOLEAN ? Boolean.FALSE : null;
        }
        if (!type.javaType().isInstance(value)) {
            throw new InvalidFieldValue(key, "Field " + key + " holds " + type.javaType().getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
        return value instanceof LocalDate day ? day : parse(value instanceof BigDecimal number ? number.toPlainString()
                : value.toString(), locale);
    }

    private String checkedText(String text, Locale locale) {
        if (text.length() > maxLength) {
            throw invalid(locale, maxLength + "자 이내로 입력하세요.", "Use at most " + maxLength + " characters.");
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            throw invalid(locale, "형식이 맞지 않습니다.", "This does not have the expected form.");
        }
        return text;
    }

    private BigDecimal checkedNumber(String text, Locale locale) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException notANumber) {
            throw invalid(locale, "숫자를 입력하세요.", "Enter a number.");
        }
        if (number.scale() > 4 || number.precision() - number.scale() > 15) {
            throw invalid(locale, "정수 15자리, 소수 4자리까지 입력할 수 있습니다.", "Use at most 15 digits before the point and 4 after.");
        }
        if (min != null && number.compareTo(min) < 0) {
            throw invalid(locale, min.toPlainString() + " 이상이어야 합니다.", "Enter at least " + min.toPlainString() + ".");
        }
        if (max != null && number.compareTo(max) > 0) {
            throw invalid(locale, max.toPlainString() + " 이하여야 합니다.", "Enter at most " + max.toPlainString() + ".");
        }
        return number;
    }

    private LocalDate checkedDate(String text, Locale locale) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw invalid(locale, "날짜를 YYYY-MM-DD 형식으로 입력하세요.", "Enter a date as YYYY-MM-DD.");
        }
    }

    private InvalidFieldValue invalid(Locale locale, String korean, String english) {
        return new InvalidFieldValue(key, Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? korean : english);
    }

    @Override
    public String toString() {
        return entity + " field " + key + " (" + type + ")";
    }
}
