package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.data.ModuleDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The quiz's answers (the module's answer table), for the admin page. */
class Answers {

    private final ModuleDatabase db;
    private final Clock clock;
    private final String table;

    Answers(ModuleDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.table = db.table("answer");
    }

    void record(Answer answer, int recommended) {
        db.update("INSERT INTO " + table + " (gender, size, fit, recommended, answered_at) VALUES (?, ?, ?, ?, ?)",
                answer.gender().name(), answer.size(), answer.fit().name(), recommended, clock.instant());
    }

    List<RecordedAnswer> latest(int limit) {
        return db.query("SELECT gender, size, fit, recommended, answered_at FROM " + table + " ORDER BY id DESC LIMIT ?",
                row -> new RecordedAnswer(row.text("gender"), row.text("size"), row.text("fit"), (int) row.integer("recommended"),
                        row.instant("answered_at")), limit);
    }
}
