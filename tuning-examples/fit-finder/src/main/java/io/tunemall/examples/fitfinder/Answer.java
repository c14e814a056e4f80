package io.tunemall.examples.fitfinder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A shopper's answers to the quiz. */
public record Answer(Gender gender, String size, Fit fit) {

    public enum Gender { WOMEN, MEN }

    public enum Fit { SLIM, REGULAR, RELAXED }

    static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");

    /** The answers as the quiz form sent them; empty when one is missing or not one of the choices. */
    static Optional<Answer> of(String gender, String size, String fit) {
        try {
            Gender g = Gender.valueOf(upper(gender));
            Fit f = Fit.valueOf(upper(fit));
            return SIZES.contains(upper(size)) ? Optional.of(new Answer(g, upper(size), f)) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException notAChoice) {
            return Optional.empty();
        }
    }

    String genderTag() {
        return "gender:" + gender.name().toLowerCase(Locale.ROOT);
    }

    String fitTag() {
        return "fit:" + fit.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
