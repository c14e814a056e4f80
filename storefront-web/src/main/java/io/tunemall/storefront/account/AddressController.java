package io.tunemall.storefront.account;

import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.platform.error.ShopException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The address book: the list with a form to add an address, and a page to edit one. */
@Controller
class AddressController {

    private final MyAccount accounts;

    AddressController(MyAccount accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/addresses")
    String list(Authentication shopper, Model model) {
        return show(model, ShopperDirectory.memberId(shopper), new AddressForm(), null);
    }

    @GetMapping("/account/addresses/{id}")
    String edit(Authentication shopper, @PathVariable long id, Model model) {
        long memberId = ShopperDirectory.memberId(shopper);
        ShippingAddress address = accounts.addresses(memberId).stream().filter(entry -> entry.id() == id).findFirst()
                .orElseThrow(() -> ShopException.notFound("Address " + id));
        return show(model, memberId, AddressForm.of(address), id);
    }

    @PostMapping("/account/addresses")
    String add(Authentication shopper, @ModelAttribute("addressForm") AddressForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return save(ShopperDirectory.memberId(shopper), null, form, result, model, redirect);
    }

    @PostMapping("/account/addresses/{id}")
    String update(Authentication shopper, @PathVariable long id, @ModelAttribute("addressForm") AddressForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return save(ShopperDirectory.memberId(shopper), id, form, result, model, redirect);
    }

    @PostMapping("/account/addresses/{id}/default")
    String makeDefault(Authentication shopper, @PathVariable long id) {
        accounts.makeDefaultAddress(ShopperDirectory.memberId(shopper), id);
        return "redirect:/account/addresses";
    }

    @PostMapping("/account/addresses/{id}/delete")
    String delete(Authentication shopper, @PathVariable long id, RedirectAttributes redirect) {
        accounts.deleteAddress(ShopperDirectory.memberId(shopper), id);
        redirect.addFlashAttribute("notice", "member.addresses.deleted");
        return "redirect:/account/addresses";
    }

    private String save(long memberId, Long id, AddressForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.saveAddress(memberId, id, form.draft());
            redirect.addFlashAttribute("notice", "member.addresses.saved");
            return "redirect:/account/addresses";
        } catch (MemberRejection rejection) {
            ProblemsOnForm.report(result, rejection);
            return show(model, memberId, form, id);
        }
    }

    private String show(Model model, long memberId, AddressForm form, Long editing) {
        model.addAttribute("addresses", accounts.addresses(memberId));
        model.addAttribute("addressForm", form);
        model.addAttribute("editing", editing);
        return "storefront/account/addresses";
    }
}
