package io.tunemall.sdk.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of a module's settings record, from which the platform generates the settings form:
 *
 * <pre>{@code
 * public record FitFinderSettings(
 *         @Setting(label = "추천 상품 수", englishLabel = "Products recommended", min = 1, max = 24) int results,
 *         @Setting(label = "ERP 연동 키", englishLabel = "ERP key", secret = true, maxLength = 64) String erpKey,
 *         @Setting(label = "퀴즈 사용", englishLabel = "Quiz on") boolean quizOn) { }
 * }</pre>
 *
 * Components may be {@code String}, {@code int}, {@code long}, {@code boolean} (or their boxes), {@code BigDecimal},
 * {@code LocalDate}, an enum, or {@code Money}. A component without this annotation is shown with its name as label.
 * The record's compact constructor may check more; its exception message is shown on the form.
 *
 * @since 1.0.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {

    /** The field's label in Korean. */
    String label();

    /** The field's label in English. */
    String englishLabel() default "";

    /** A line of help under the field (Korean). */
    String help() default "";

    /** The smallest number allowed (numbers and Money). */
    long min() default Long.MIN_VALUE;

    /** The largest number allowed (numbers and Money). */
    long max() default Long.MAX_VALUE;

    /** The most characters of a text. */
    int maxLength() default 200;

    /** A regular expression a text must match as a whole; empty for none. */
    String pattern() default "";

    /** Whether a text is a secret (an API key): never shown again once saved, kept when the form leaves it empty. */
    boolean secret() default false;

    /** Whether the field must have a value (texts: not empty). */
    boolean required() default false;
}
