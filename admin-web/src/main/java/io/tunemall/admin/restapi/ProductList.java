package io.tunemall.admin.restapi;

import java.util.List;

/** One page of a list: {@code nextCursor} fetches the next, and is null on the last page. */
record ProductList(List<ProductResource> items, String nextCursor) {
}
