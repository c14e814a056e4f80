package io.tunemall.platform.security.access;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every permission the running shop knows, gathered from all {@link PermissionSource} beans. */
@Component
public class PermissionCatalog {

    private final Map<String, Permission> byKey;
    private final List<Permission> ordered;

    public PermissionCatalog(List<PermissionSource> sources) {
        Map<String, Permission> all = new LinkedHashMap<>();
        sources.stream().flatMap(source -> source.permissions().stream())
                .forEach(permission -> all.putIfAbsent(permission.key(), permission));
        this.byKey = Map.copyOf(all);
        this.ordered = all.values().stream().toList();
    }

    public List<Permission> all() {
        return ordered;
    }

    /** The permissions by group ({@code catalog}, {@code members} ...), groups in the order they were declared. */
    public Map<String, List<Permission>> byGroup() {
        return ordered.stream().collect(Collectors.groupingBy(Permission::group, LinkedHashMap::new, Collectors.toList()));
    }

    public Optional<Permission> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean knows(String key) {
        return byKey.containsKey(key);
    }

    /** The keys among {@code keys} that no module declares. */
    public List<String> unknown(Collection<String> keys) {
        return keys.stream().filter(key -> !knows(key)).sorted().toList();
    }
}
