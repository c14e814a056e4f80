package io.tunemall.platform.tuning.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The page's request, for rendering one slot fill: Thymeleaf keeps a web context's variables in request attributes,
 * so the fill's variables ({@code product}, {@code fields}, ...) are kept here, over the request's own attributes,
 * and the page being rendered around the slot keeps its own.
 */
final class IsolatedAttributes extends HttpServletRequestWrapper {

    private static final Object REMOVED = new Object();

    private final Map<String, Object> own = new HashMap<>();

    IsolatedAttributes(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = own.get(name);
        if (value == REMOVED) {
            return null;
        }
        return value != null ? value : super.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        own.put(name, value == null ? REMOVED : value);
    }

    @Override
    public void removeAttribute(String name) {
        own.put(name, REMOVED);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
        own.forEach((name, value) -> {
            if (value == REMOVED) {
                names.remove(name);
            } else {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }
}
