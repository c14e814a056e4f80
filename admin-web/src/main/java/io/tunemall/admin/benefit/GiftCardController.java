package io.tunemall.admin.benefit;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GiftCardAdministration;
import io.tunemall.member.api.GiftCardBatchDraft;
import io.tunemall.member.api.GiftCardBatchRow;
import io.tunemall.member.api.GiftCardRow;
import io.tunemall.member.api.IssuedGiftCards;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Gift card batches: issuing, what became of each card, voiding. Issuing answers the codes as a CSV download at
 * once and only then: the shop keeps hashes, so nobody, staff included, can read a code back later.
 */
@Controller
class GiftCardController {

    static final int PAGE_SIZE = 100;

    private final GiftCardAdministration giftCards;
    private final ShopClock clock;
    private final ProblemMessages problems;

    GiftCardController(GiftCardAdministration giftCards, ShopClock clock, ProblemMessages problems) {
        this.giftCards = giftCards;
        this.clock = clock;
        this.problems = problems;
    }

    /** The batches and the issue form; with a code, also the card that has it (customer service, card in hand). */
    @GetMapping("/admin/gift-cards")
    String list(@RequestParam(required = false) String code, Model model) {
        GiftCardBatchForm form = new GiftCardBatchForm();
        form.setCount("10");
        form.setValidThrough(clock.today().plusYears(5).toString());
        if (code != null) {
            Optional<GiftCardRow> card = giftCards.findByCode(code);
            model.addAttribute("lookedUp", true);
            card.ifPresent(found -> model.addAttribute("found", found));
        }
        return show(model, form);
    }

    @PostMapping("/admin/gift-cards")
    Object issue(@ModelAttribute("batchForm") GiftCardBatchForm form, BindingResult result, Model model,
            Principal staff) {
        Integer count = FormValues.whole(form.getCount(), "count", result);
        Money faceValue = FormValues.won(form.getFaceValue(), "faceValue", result);
        LocalDate validThrough = FormValues.day(form.getValidThrough(), "validThrough", result);
        if (result.hasErrors()) {
            return new ModelAndView(show(model, form), model.asMap());
        }
        try {
            IssuedGiftCards issued = giftCards.issue(new GiftCardBatchDraft(count,
                    faceValue == null ? Money.ZERO : faceValue, validThrough, form.getName()), staff.getName());
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("gift-cards-batch-" + issued.batch().id() + ".csv").build().toString())
                    .body(GiftCardCodesCsv.write(issued));
        } catch (BenefitRejection rejection) {
            BenefitProblemsOnForm.report(result, rejection.problems());
            return new ModelAndView(show(model, form), model.asMap());
        }
    }

    @GetMapping("/admin/gift-cards/{batchId}")
    String batch(@PathVariable long batchId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Long card, Model model) {
        GiftCardBatchRow batch = giftCards.batch(batchId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int safePage = Math.max(page, 0);
        model.addAttribute("batch", batch);
        model.addAttribute("cards", giftCards.cards(batchId, safePage, PAGE_SIZE));
        model.addAttribute("page", safePage);
        model.addAttribute("hasNext", (long) (safePage + 1) * PAGE_SIZE < batch.count());
        model.addAttribute("highlight", card);
        return "admin/benefits/gift-card-batch";
    }

    @PostMapping("/admin/gift-cards/{batchId}/void")
    String voidBatch(@PathVariable long batchId, @RequestParam(defaultValue = "") String reason, Principal staff,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("voidedCount", giftCards.voidBatch(batchId, reason, staff.getName()));
        } catch (BenefitRejection rejection) {
            redirect.addFlashAttribute("problems", problems.of(rejection.problems()));
        }
        return "redirect:/admin/gift-cards/" + batchId;
    }

    @PostMapping("/admin/gift-cards/{batchId}/cards/{cardId}/void")
    String voidCard(@PathVariable long batchId, @PathVariable long cardId,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "0") int page,
            Principal staff, RedirectAttributes redirect) {
        try {
            giftCards.voidCard(cardId, reason, staff.getName());
            redirect.addFlashAttribute("voidedCard", cardId);
        } catch (BenefitRejection rejection) {
            redirect.addFlashAttribute("problems", problems.of(rejection.problems()));
        }
        return "redirect:/admin/gift-cards/" + batchId + "?page=" + page + "&card=" + cardId + "#card-" + cardId;
    }

    private String show(Model model, GiftCardBatchForm form) {
        model.addAttribute("batchForm", form);
        model.addAttribute("batches", giftCards.batches());
        return "admin/benefits/gift-cards";
    }
}
