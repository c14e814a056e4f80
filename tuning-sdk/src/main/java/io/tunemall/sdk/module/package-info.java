/**
 * What a tuning module is to the platform: its manifest, and what it contributes.
 *
 * <p>A module ships a class implementing {@link io.tunemall.sdk.module.TuningModule}, named in
 * {@code META-INF/services/io.tunemall.sdk.module.TuningModule} of its jar. The platform finds modules on its classpath
 * and as drop-in jars in its {@code tuning/} folder.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.module;
