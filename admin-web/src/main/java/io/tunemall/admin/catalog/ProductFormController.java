package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.EditableProduct;
import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.api.ImageUpload;
import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.platform.tuning.field.BoundFields;
import io.tunemall.platform.tuning.field.CustomFields;
import io.tunemall.platform.tuning.field.FieldValues;
import io.tunemall.sdk.field.EntityType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing a product. The form posts back to itself: "apply options" rebuilds the variant table from the
 * axes and shows the form again; "save" saves everything or, when anything is wrong, shows the form as typed with
 * each problem next to its field.
 */
@Controller
class ProductFormController {

    private static final int UPLOAD_ROWS = 2;

    private final CatalogAdministration catalog;
    private final AssortmentAdministration assortment;
    private final ProductForms forms;
    private final CustomFields customFields;

    ProductFormController(CatalogAdministration catalog, AssortmentAdministration assortment, ProductForms forms,
            CustomFields customFields) {
        this.catalog = catalog;
        this.assortment = assortment;
        this.forms = forms;
        this.customFields = customFields;
    }

    @InitBinder("productForm")
    void allowLargeVariantTables(WebDataBinder binder) {
        // Spring stops growing indexed lists at 256 rows; a product may have up to 500 variants.
        binder.setAutoGrowCollectionLimit(1024);
    }

    @PostMapping("/admin/products/new")
    String create(@ModelAttribute("productForm") ProductForm form, BindingResult result,
            @RequestParam(name = "apply", required = false) String apply, HttpServletRequest request, Locale locale,
            Model model, RedirectAttributes redirect) {
        BoundFields fields = customFields.bind(EntityType.PRODUCT, request::getParameter, locale);
        if (apply != null) {
            VariantRows.apply(form);
            return show(model, form, null, fields);
        }
        DraftFromForm parsed = forms.draft(form);
        if (result.hasErrors() || !parsed.unreadable().isEmpty() || fields.hasErrors()) {
            return refuse(model, form, result, parsed, catalog.check(null, parsed.draft()), null, fields);
        }
        try {
            long id = catalog.create(parsed.draft());
            customFields.save(EntityType.PRODUCT, String.valueOf(id), fields);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/products/" + id;
        } catch (CatalogRejection rejection) {
            return refuse(model, form, result, parsed, rejection.problems(), null, fields);
        }
    }

    @GetMapping("/admin/products/new")
    String newProduct(Model model) {
        return show(model, forms.blank(), null, null);
    }

    @GetMapping("/admin/products/{id}")
    String edit(@PathVariable long id, Model model) {
        EditableProduct product = catalog.product(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("product", product);
        return show(model, forms.from(product), id, null);
    }

    @PostMapping("/admin/products/{id}")
    String update(@PathVariable long id, @ModelAttribute("productForm") ProductForm form, BindingResult result,
            @RequestParam(name = "apply", required = false) String apply, HttpServletRequest request, Locale locale,
            Model model, RedirectAttributes redirect) {
        EditableProduct product = catalog.product(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("product", product);
        BoundFields fields = customFields.bind(EntityType.PRODUCT, request::getParameter, locale);
        if (apply != null) {
            VariantRows.apply(form);
            return show(model, form, id, fields);
        }
        DraftFromForm parsed = forms.draft(form);
        if (result.hasErrors() || !parsed.unreadable().isEmpty() || fields.hasErrors()) {
            return refuse(model, form, result, parsed, catalog.check(id, parsed.draft()), id, fields);
        }
        try {
            long version = form.getVersion() == null ? product.version() : form.getVersion();
            catalog.update(id, version, parsed.draft());
            customFields.save(EntityType.PRODUCT, String.valueOf(id), fields);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/products/" + id;
        } catch (CatalogRejection rejection) {
            return refuse(model, form, result, parsed, rejection.problems(), id, fields);
        }
    }

    private String refuse(Model model, ProductForm form, BindingResult result, DraftFromForm parsed,
            List<FieldProblem> problems, Long id, BoundFields fields) {
        ProblemsOnForm.report(result, parsed.unreadable(), field -> field);
        ProblemsOnForm.report(result, problems, parsed::formField);
        // Browsers never send a chosen file twice: say so when the refused form had uploads.
        model.addAttribute("uploadsDropped", parsed.draft().images().stream().anyMatch(i -> i.upload() != null));
        return show(model, form, id, fields);
    }

    /** @param fields the custom fields as typed, or null to show the stored ones */
    private String show(Model model, ProductForm form, Long id, BoundFields fields) {
        VariantRows.offerEmptyAxis(form);
        while (form.getUploads().size() < UPLOAD_ROWS) {
            form.getUploads().add(new ProductForm.Upload());
        }
        Set<String> optionValues = new LinkedHashSet<>();
        ProductForms.axes(form).stream().map(OptionAxis::values).forEach(optionValues::addAll);
        model.addAttribute("productForm", form);
        model.addAttribute("productId", id);
        model.addAttribute("categories", assortment.categories());
        model.addAttribute("brands", assortment.brands());
        model.addAttribute("statuses", SaleStatus.values());
        model.addAttribute("optionValues", new ArrayList<>(optionValues));
        model.addAttribute("maxUploadMegabytes", ImageUpload.MAX_BYTES / 1024 / 1024);
        model.addAttribute("customFields", customFields.form(EntityType.PRODUCT, id == null ? null : String.valueOf(id),
                fields, LocaleContextHolder.getLocale()));
        model.addAttribute("productFields", id == null ? FieldValues.NONE
                : customFields.values(EntityType.PRODUCT, String.valueOf(id)));
        return "admin/catalog/product-form";
    }
}
