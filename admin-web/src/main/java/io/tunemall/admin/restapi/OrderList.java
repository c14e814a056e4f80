package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of orders, oldest first: {@code nextCursor} fetches the next, and is null on the last page. */
@Schema(name = "AdminOrderList")
record OrderList(List<OrderListItem> items, @Schema(types = {"string", "null"}) String nextCursor) {
}
