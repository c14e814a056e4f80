package io.tunemall.platform.tuning.upgrade;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.view.Slots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The extension points the SDK marks {@code @Deprecated}, found once in the SDK's point holders: the constants of every
 * {@code io.tunemall.sdk..*Points} class, and the slot names of {@link Slots}. Deprecated points keep working for the
 * rest of the major version; the upgrade report names the modules that still use them.
 */
@Component
class DeprecatedPoints {

    private final Map<String, String> deprecated = new HashMap<>();

    DeprecatedPoints() {
        try {
            for (Resource holder : new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources("classpath*:io/tunemall/sdk/**/*Points.class")) {
                String path = holder.getURL().toString();
                String className = path.substring(path.lastIndexOf("io/tunemall/sdk/")).replace(".class", "").replace('/', '.');
                scan(Class.forName(className, false, getClass().getClassLoader()));
            }
            scan(Slots.class);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot list the SDK's extension points", failure);
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The note of a deprecated point ("since 1.2.0"), or null when the point is not deprecated. */
    String note(String pointId) {
        return deprecated.get(pointId);
    }

    private void scan(Class<?> holder) {
        for (Field field : holder.getFields()) {
            Deprecated mark = field.getAnnotation(Deprecated.class);
            if (mark == null || !Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String note = mark.since().isEmpty() ? "deprecated" : "deprecated since " + mark.since();
            try {
                Object value = field.get(null);
                if (value instanceof ExtensionPoint<?> point) {
                    deprecated.put(point.id(), note);
                } else if (holder == Slots.class && value instanceof String slot) {
                    deprecated.put(Slots.point(slot).id(), note);
                }
            } catch (IllegalAccessException notPublic) {
                throw new IllegalStateException(notPublic);
            }
        }
    }
}
