/** Errors in the shopper's and client's terms, and how the API reports them (RFC 9457). */
package io.tunemall.platform.error;
