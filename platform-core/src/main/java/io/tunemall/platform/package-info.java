/**
 * The shared kernel every domain module builds on: clock, ids, domain-event outbox, two-level cache, web and
 * security building blocks. It is an open module: any module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.tunemall.platform;
