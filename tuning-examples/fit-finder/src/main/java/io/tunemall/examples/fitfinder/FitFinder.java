package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.admin.AdminMenuEntry;
import io.tunemall.sdk.admin.ModuleSettings;
import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.web.Access;
import io.tunemall.sdk.web.Route;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * 핏 파인더: a BeMyFit-style quiz (gender, size, preferred fit) that recommends products in stock in the shopper's size,
 * reading stock per variant as the shop's ERP reports it through an endpoint the module adds.
 *
 * <p>Products take part through their tags: {@code fit:slim}, {@code fit:regular} or {@code fit:relaxed}, and
 * {@code gender:women}, {@code gender:men} or {@code gender:unisex}.
 */
public class FitFinder implements TuningModule {

    public static final String ID = "examples.fit-finder";
    public static final String READ = "fit-finder:read";

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "핏 파인더", "1.0.0", "Tunemall examples", "[1.0,2.0)", Set.of(READ));
    }

    @Override
    public Record defaultSettings() {
        return FitFinderSettings.DEFAULTS;
    }

    @Override
    public List<Route> routes(ModuleContext context) {
        ModuleDatabase db = context.facade(ModuleDatabase.class).orElseThrow();
        ModuleSettings settings = context.facade(ModuleSettings.class).orElseThrow();
        Clock clock = Clock.systemUTC();
        ErpStock stock = new ErpStock(db, clock);
        Answers answers = new Answers(db, clock);
        QuizPages quiz = new QuizPages(new Recommender(context.facade(CatalogReader.class).orElseThrow(), stock), answers,
                () -> settings.current(FitFinderSettings.class));
        ErpEndpoint erp = new ErpEndpoint(stock, () -> settings.current(FitFinderSettings.class));
        return List.of(
                Route.storefront("GET", "/", quiz::show),
                Route.storefront("POST", "/", quiz::answer),
                Route.api("POST", "/inventory", erp::receive).withAccess(Access.PUBLIC),
                Route.admin("GET", "/answers", READ, request -> quiz.answers(stock)));
    }

    @Override
    public List<AdminMenuEntry> adminMenu() {
        return List.of(new AdminMenuEntry("핏 파인더", "Fit finder", "/answers", READ));
    }
}
