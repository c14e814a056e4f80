/** The storefront: the shop's public pages, mobile first. No module depends on this one. */
package io.tunemall.storefront;
