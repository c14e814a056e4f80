package io.tunemall.platform.tuning.web;

import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route of every accepted module, parsed once at startup, and the lookup of a request to one. A route of a
 * module that is not installed and enabled is not found: its address answers 404 at once when the module is switched
 * off, on every node.
 */
@Component
public class ModuleRoutes {

    /** A route of a module, with its parsed path pattern. */
    record Mounted(String module, Route route, PathPattern pattern) {
    }

    /** A request's route and the values of its path variables. */
    public record Match(String module, Route route, Map<String, String> variables) {
    }

    private final List<Mounted> mounted = new ArrayList<>();
    private final ModuleSwitches switches;

    ModuleRoutes(InstalledModules modules, ModuleSwitches switches) {
        this.switches = switches;
        modules.routes().forEach((module, routes) -> routes.forEach(route ->
                mounted.add(new Mounted(module, route, PathPatternParser.defaultInstance.parse(route.path())))));
    }

    /**
     * The route of an enabled module answering this method and path (the path within the module's namespace);
     * empty when there is none, or when its module is off.
     */
    public Optional<Match> match(Area area, String module, String method, String path) {
        if (!switches.isEnabled(module)) {
            return Optional.empty();
        }
        PathContainer container = PathContainer.parsePath(path.isEmpty() ? "/" : path);
        for (Mounted candidate : mounted) {
            if (candidate.route().area() == area && candidate.module().equals(module)
                    && candidate.route().method().equals(method)) {
                PathPattern.PathMatchInfo info = candidate.pattern().matchAndExtract(container);
                if (info != null) {
                    return Optional.of(new Match(module, candidate.route(), info.getUriVariables()));
                }
            }
        }
        return Optional.empty();
    }

    /** Every mounted route of a module, for the admin Tuning page. */
    public List<Route> of(String module) {
        return mounted.stream().filter(m -> m.module().equals(module)).map(Mounted::route).toList();
    }
}
