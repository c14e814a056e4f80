package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list: {@code nextCursor} fetches the next, and is null on the last page. */
@Schema(name = "AdminProductList")
record ProductList(List<ProductResource> items, @Schema(types = {"string", "null"}) String nextCursor) {
}
