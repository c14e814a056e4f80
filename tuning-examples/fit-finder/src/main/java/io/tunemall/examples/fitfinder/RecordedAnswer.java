package io.tunemall.examples.fitfinder;

import java.time.Instant;

/** An answer to the quiz as the admin page lists it. */
public record RecordedAnswer(String gender, String size, String fit, int recommended, Instant answeredAt) {
}
