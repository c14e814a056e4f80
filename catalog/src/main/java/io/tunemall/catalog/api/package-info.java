/** What other modules may use of the catalog: read models and queries. */
@org.springframework.modulith.NamedInterface("api")
package io.tunemall.catalog.api;
