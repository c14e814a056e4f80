package io.tunemall.catalog.api;

import java.time.Instant;

/**
 * The state of the search index and of its last rebuild.
 *
 * @param done products written to the index so far by the running or last rebuild
 * @param total products the rebuild has to write
 * @param documents products the index holds now
 * @param failure what went wrong, when the last rebuild failed
 */
public record SearchIndexStatus(State state, long done, long total, long documents, Instant startedAt,
        Instant finishedAt, String failure) {

    public enum State {
        /** No rebuild since this node started. */
        IDLE,
        RUNNING,
        COMPLETED,
        FAILED
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public int percent() {
        if (total <= 0) {
            return state == State.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
