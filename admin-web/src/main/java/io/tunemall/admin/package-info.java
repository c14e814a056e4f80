/** The admin console: pages under /admin for shop owners and staff. No module depends on this one. */
package io.tunemall.admin;
