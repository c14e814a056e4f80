package io.tunemall.platform.web.idempotency;

/**
 * One POST that may be retried.
 *
 * @param caller who sends it, stable across retries and distinct between callers (for example {@code app:<clientId>},
 *        {@code staff:<username>}, {@code member:<id>}); keys are looked up per caller
 * @param key the {@code Idempotency-Key} header as sent, or null when the caller sent none
 * @param operation what is being done, such as {@code POST /api/v1/admin/orders}; the same key on another operation
 *        counts as a different request
 * @param body the parsed request body (a record serialized to JSON) or a String; two requests are the same when
 *        operation and body are equal
 */
public record IdempotentRequest(String caller, String key, String operation, Object body) {

    public IdempotentRequest {
        if (caller == null || caller.isBlank()) {
            throw new IllegalArgumentException("an idempotent request needs its caller");
        }
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("an idempotent request needs its operation");
        }
    }
}
