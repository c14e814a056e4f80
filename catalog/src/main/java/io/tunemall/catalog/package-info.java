/** Categories, products, options and variants, images, search. Other modules use {@link io.tunemall.catalog.api} only. */
package io.tunemall.catalog;
