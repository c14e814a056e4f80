package io.tunemall.apps.api;

import java.time.Instant;

/** One API call an app made: what it asked, what it got, when, and how long it took. */
public record ApiCall(long id, long appId, String method, String path, int status, Instant calledAt, int durationMs) {
}
