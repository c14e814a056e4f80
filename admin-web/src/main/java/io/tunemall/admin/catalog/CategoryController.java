package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.CategoryDraft;
import io.tunemall.catalog.api.CategoryRow;
import io.tunemall.catalog.api.FieldProblem;
import java.util.List;
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

/** The category tree: every category with its parent, order and visibility, and a form to add or change one. */
@Controller
class CategoryController {

    private final AssortmentAdministration assortment;

    CategoryController(AssortmentAdministration assortment) {
        this.assortment = assortment;
    }

    @GetMapping("/admin/categories")
    String tree(Model model) {
        return show(model, new CategoryForm(), null);
    }

    @GetMapping("/admin/categories/{id}")
    String edit(@PathVariable long id, Model model) {
        return show(model, form(find(id)), id);
    }

    @PostMapping("/admin/categories")
    String create(@ModelAttribute("categoryForm") CategoryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(form, result, model, redirect, null);
    }

    @PostMapping("/admin/categories/{id}")
    String update(@PathVariable long id, @ModelAttribute("categoryForm") CategoryForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        find(id);
        return save(form, result, model, redirect, id);
    }

    @PostMapping("/admin/categories/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        CategoryRow row = find(id);
        try {
            assortment.deleteCategory(id);
            redirect.addFlashAttribute("deleted", row.name());
            return "redirect:/admin/categories";
        } catch (CatalogRejection rejection) {
            CategoryForm form = form(row);
            BindingResult result = new BeanPropertyBindingResult(form, "categoryForm");
            ProblemsOnForm.report(result, rejection.problems(), field -> field);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "categoryForm", result);
            return show(model, form, id);
        }
    }

    private String save(CategoryForm form, BindingResult result, Model model, RedirectAttributes redirect, Long id) {
        Integer order = null;
        try {
            order = Integer.valueOf(form.getSortOrder() == null ? "" : form.getSortOrder().strip());
        } catch (NumberFormatException unreadable) {
            ProblemsOnForm.report(result, List.of(FieldProblem.of("sortOrder", "number-invalid")), field -> field);
        }
        if (result.hasErrors()) {
            return show(model, form, id);
        }
        CategoryDraft draft = new CategoryDraft(form.getParentId(), form.getName(),
                form.getSlug() == null ? null : form.getSlug().strip(), order, form.isVisible());
        try {
            if (id == null) {
                assortment.createCategory(draft);
            } else {
                assortment.updateCategory(id, draft);
            }
            redirect.addFlashAttribute("saved", form.getName());
            return "redirect:/admin/categories";
        } catch (CatalogRejection rejection) {
            ProblemsOnForm.report(result, rejection.problems(), field -> field);
            return show(model, form, id);
        }
    }

    private static CategoryForm form(CategoryRow row) {
        CategoryForm form = new CategoryForm();
        form.setParentId(row.parentId());
        form.setName(row.name());
        form.setSlug(row.slug());
        form.setSortOrder(String.valueOf(row.sortOrder()));
        form.setVisible(row.visible());
        return form;
    }

    private CategoryRow find(long id) {
        return assortment.categories().stream().filter(row -> row.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(Model model, CategoryForm form, Long id) {
        model.addAttribute("categoryForm", form);
        model.addAttribute("categoryId", id);
        model.addAttribute("categories", assortment.categories());
        return "admin/catalog/categories";
    }
}
