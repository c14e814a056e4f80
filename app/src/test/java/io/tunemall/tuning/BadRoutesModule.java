package io.tunemall.tuning;

import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.web.Reply;
import io.tunemall.sdk.web.Route;
import java.util.List;
import java.util.Set;

/** A module whose admin route needs a permission its manifest does not declare: it must be refused, not mounted. */
public class BadRoutesModule implements TuningModule {

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest("test.bad-routes", "Bad routes", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<Route> routes(ModuleContext context) {
        return List.of(Route.admin("GET", "/secret", "secret:read", request -> Reply.json("secret")));
    }
}
