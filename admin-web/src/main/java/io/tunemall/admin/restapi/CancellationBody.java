package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v1/admin/orders/{number}/cancellations}: the whole order when {@code lines} is absent or empty,
 * else those lines (1-based line numbers).
 */
@Schema(name = "AdminOrderCancellation")
record CancellationBody(List<Integer> lines, @Size(max = 200) String reason) {
}
