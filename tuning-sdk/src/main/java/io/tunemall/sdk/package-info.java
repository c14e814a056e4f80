/**
 * The Tunemall tuning SDK: the public, versioned contract that tuning modules compile against.
 * Types here follow semantic versioning; nothing in this package depends on platform internals.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk;
