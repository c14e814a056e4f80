package io.tunemall.platform.security.access;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every permission the running shop knows, gathered from all {@link PermissionSource} beans. Asked afresh on every
 * call: tuning modules' permissions come and go as modules are installed and removed.
 */
@Component
public class PermissionCatalog {

    private final List<PermissionSource> sources;

    public PermissionCatalog(List<PermissionSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<Permission> all() {
        Map<String, Permission> all = new LinkedHashMap<>();
        sources.stream().flatMap(source -> source.permissions().stream())
                .forEach(permission -> all.putIfAbsent(permission.key(), permission));
        return List.copyOf(all.values());
    }

    /** The permissions by group ({@code catalog}, {@code members} ...), groups in the order they were declared. */
    public Map<String, List<Permission>> byGroup() {
        return all().stream().collect(Collectors.groupingBy(Permission::group, LinkedHashMap::new, Collectors.toList()));
    }

    public Optional<Permission> find(String key) {
        return all().stream().filter(permission -> permission.key().equals(key)).findFirst();
    }

    public boolean knows(String key) {
        return find(key).isPresent();
    }

    /** The keys among {@code keys} that no module declares. */
    public List<String> unknown(Collection<String> keys) {
        Set<String> known = all().stream().map(Permission::key).collect(Collectors.toSet());
        return keys.stream().filter(key -> !known.contains(key)).sorted().toList();
    }
}
