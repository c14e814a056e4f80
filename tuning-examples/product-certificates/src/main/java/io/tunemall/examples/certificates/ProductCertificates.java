package io.tunemall.examples.certificates;

import io.tunemall.sdk.admin.AdminMenuEntry;
import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.view.SlotFill;
import io.tunemall.sdk.view.Slots;
import io.tunemall.sdk.web.Access;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Route;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 품질 인증서: quality-certification files (KC, HACCP, 친환경 인증, test reports) attached to products. Staff upload them
 * from a panel on the admin product page; shoppers download them from the product page.
 */
public class ProductCertificates implements TuningModule {

    public static final String ID = "examples.product-certificates";
    public static final String MANAGE = "certificates:manage";

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "품질 인증서", "1.0.0", "Tunemall examples", "[1.0,2.0)", Set.of(MANAGE));
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        Certificates certificates = certificates(context);
        return List.of(
                Hook.after(ID, Slots.point(Slots.ADMIN_PRODUCT_FORM), SlotFill.of("certificates", "admin-panel",
                        slot -> Map.of("certificates", slot.entityId().map(Long::parseLong)
                                .map(certificates::of).orElse(List.of())))),
                Hook.after(ID, Slots.point(Slots.PRODUCT_DETAIL_BOTTOM), SlotFill.of("certificates", "download-list",
                        slot -> {
                            List<Certificate> attached = certificates.of(slot.product().orElseThrow().id());
                            return attached.isEmpty() ? null : Map.of("certificates", attached);
                        })));
    }

    @Override
    public List<Route> routes(ModuleContext context) {
        CertificatePages pages = new CertificatePages(certificates(context),
                context.facade(CatalogReader.class).orElseThrow());
        return List.of(
                Route.admin("POST", "/products/{productId}/certificates", MANAGE, pages::upload),
                Route.admin("POST", "/certificates/{id}/delete", MANAGE, pages::delete),
                Route.admin("GET", "/certificates", MANAGE, pages::list),
                new Route(Area.STOREFRONT, "GET", "/certificates/{id}", Access.PUBLIC, null, pages::download));
    }

    @Override
    public List<AdminMenuEntry> adminMenu() {
        return List.of(new AdminMenuEntry("품질 인증서", "Quality certificates", "/certificates", MANAGE));
    }

    private static Certificates certificates(ModuleContext context) {
        return new Certificates(context.facade(ModuleDatabase.class).orElseThrow(), Clock.systemUTC());
    }
}
