/**
 * Idempotency keys for API POSTs that create orders, payments or refunds (docs/api.md, "Idempotency keys").
 *
 * <p>A controller passes the {@code Idempotency-Key} header, who is calling and the parsed request body to
 * {@link io.tunemall.platform.web.idempotency.IdempotencyKeys#once} together with the work that creates the thing:
 *
 * <pre>{@code
 * @PostMapping("/api/v1/admin/orders")
 * ResponseEntity<?> create(@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
 *         @RequestBody @Valid NewOrder body, Authentication caller) {
 *     return idempotency.once(new IdempotentRequest("app:" + caller.getName(), key, "POST /api/v1/admin/orders", body),
 *             () -> ResponseEntity.status(201).body(orders.create(body)));
 * }
 * }</pre>
 *
 * <p>What the caller gets:
 * <ul>
 * <li>no key: the work simply runs;</li>
 * <li>a new key: the work runs in one transaction with storing its status and JSON body, kept 24 hours;</li>
 * <li>the same key and the same body again: the stored answer, with {@code Idempotent-Replayed: true}, and the work
 * does not run;</li>
 * <li>the same key with a different body (or a different operation): 422 {@code idempotency-key-reused};</li>
 * <li>the same key while the first request is still running: 409 {@code idempotency-key-in-use}.</li>
 * </ul>
 * A request whose work fails with an exception stores nothing (its transaction rolled back), so the key may be sent
 * again. Keys are per caller: two apps may use the same key without meeting.
 */
package io.tunemall.platform.web.idempotency;
