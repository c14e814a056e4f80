package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.BrandDraft;
import io.tunemall.catalog.api.BrandRow;
import io.tunemall.catalog.api.CatalogRejection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The brand list with a form to add or rename a brand. */
@Controller
class BrandController {

    private final AssortmentAdministration assortment;

    BrandController(AssortmentAdministration assortment) {
        this.assortment = assortment;
    }

    @GetMapping("/admin/brands")
    String list(Model model) {
        return show(model, new BrandForm(), null);
    }

    @GetMapping("/admin/brands/{id}")
    String edit(@PathVariable long id, Model model) {
        return show(model, form(find(id)), id);
    }

    @PostMapping("/admin/brands")
    String create(@ModelAttribute("brandForm") BrandForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(form, result, model, redirect, null);
    }

    @PostMapping("/admin/brands/{id}")
    String update(@PathVariable long id, @ModelAttribute("brandForm") BrandForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        find(id);
        return save(form, result, model, redirect, id);
    }

    @PostMapping("/admin/brands/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        BrandRow row = find(id);
        try {
            assortment.deleteBrand(id);
            redirect.addFlashAttribute("deleted", row.name());
            return "redirect:/admin/brands";
        } catch (CatalogRejection rejection) {
            BrandForm form = form(row);
            BindingResult result = new BeanPropertyBindingResult(form, "brandForm");
            ProblemsOnForm.report(result, rejection.problems(), field -> field);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "brandForm", result);
            return show(model, form, id);
        }
    }

    private String save(BrandForm form, BindingResult result, Model model, RedirectAttributes redirect, Long id) {
        BrandDraft draft = new BrandDraft(form.getName(), form.getSlug() == null ? null : form.getSlug().strip());
        try {
            if (id == null) {
                assortment.createBrand(draft);
            } else {
                assortment.updateBrand(id, draft);
            }
            redirect.addFlashAttribute("saved", form.getName());
            return "redirect:/admin/brands";
        } catch (CatalogRejection rejection) {
            ProblemsOnForm.report(result, rejection.problems(), field -> field);
            return show(model, form, id);
        }
    }

    private static BrandForm form(BrandRow row) {
        BrandForm form = new BrandForm();
        form.setName(row.name());
        form.setSlug(row.slug());
        return form;
    }

    private BrandRow find(long id) {
        return assortment.brands().stream().filter(row -> row.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(Model model, BrandForm form, Long id) {
        model.addAttribute("brandForm", form);
        model.addAttribute("brandId", id);
        model.addAttribute("brands", assortment.brands());
        return "admin/catalog/brands";
    }
}
