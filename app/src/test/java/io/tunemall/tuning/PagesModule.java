package io.tunemall.tuning;

import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.web.Access;
import io.tunemall.sdk.web.Reply;
import io.tunemall.sdk.web.Route;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A module with pages and endpoints in every area, to drive module routes through the real security chains. */
public class PagesModule implements TuningModule {

    static final String ID = "test.pages";
    static final String READ = "notes:read";

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "Pages", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of(READ, "notes:write"));
    }

    @Override
    public List<Route> routes(ModuleContext context) {
        return List.of(
                Route.storefront("GET", "/hello", request -> Reply.page("hello", "인사",
                        Map.of("name", request.parameter("name").orElse("손님"), "categoryMenu", "module must not win"))),
                Route.storefront("POST", "/hello", request -> Reply.redirect(
                        request.address("/hello") + "?name=" + request.parameter("name").orElse(""))),
                Route.storefront("GET", "/members-only", request -> Reply.json(Map.of("user", request.user().orElseThrow())))
                        .withAccess(Access.SIGNED_IN),
                Route.storefront("GET", "/broken", request -> {
                    throw new IllegalStateException("the module's page has a bug");
                }),
                Route.admin("GET", "/notes/{id}", READ, request -> Reply.page("note", "메모",
                        Map.of("id", request.pathVariable("id"), "canWrite", request.hasPermission("notes:write")))),
                Route.admin("GET", "/export", READ, request -> Reply.file("메모.csv", "text/csv", "id\n1\n".getBytes())),
                Route.api("GET", "/status", request -> Reply.json(Map.of("module", ID, "ok", true))).withAccess(Access.PUBLIC),
                Route.api("POST", "/echo", request -> Reply.json(201, Map.of("echo", request.body()))),
                Route.api("GET", "/teapot", request -> Reply.problem(418, "Teapot", "short and stout")));
    }
}
