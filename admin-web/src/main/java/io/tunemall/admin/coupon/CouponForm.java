package io.tunemall.admin.coupon;

import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.sdk.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/**
 * The coupon form as typed: every value as text, read into a draft with a field message for each value that is not
 * what its field needs. Dates are days in the shop's time zone; the last day of a period is included.
 */
public class CouponForm {

    static final String MESSAGE_PREFIX = "admin.coupons.error.";

    private String name;
    private String kind = CouponKind.FIXED.name();
    private String amount;
    private String percent;
    private String cap;
    private String minimumAmount;
    private String productIds;
    private String categoryIds;
    private String brandIds;
    private String validFrom;
    private String validUntil;
    private String validDays;
    private String perMemberLimit = "1";
    private String totalLimit;
    private String issueMethod = CouponIssueMethod.DOWNLOAD.name();
    private String gradeCode;
    private boolean combinesWithGrade = true;

    static CouponForm of(CouponDraft draft, ZoneId zone) {
        CouponForm form = new CouponForm();
        form.name = draft.name();
        form.kind = draft.kind().name();
        form.amount = draft.kind() == CouponKind.FIXED ? String.valueOf(draft.amount().won()) : "";
        form.percent = draft.kind() == CouponKind.PERCENT
                ? BigDecimal.valueOf(draft.basisPoints()).movePointLeft(2).stripTrailingZeros().toPlainString() : "";
        form.cap = draft.cap() == null ? "" : String.valueOf(draft.cap().won());
        form.minimumAmount = draft.minimumAmount().isZero() ? "" : String.valueOf(draft.minimumAmount().won());
        form.productIds = text(draft.productIds());
        form.categoryIds = text(draft.categoryIds());
        form.brandIds = text(draft.brandIds());
        form.validFrom = draft.validFrom() == null ? "" : LocalDate.ofInstant(draft.validFrom(), zone).toString();
        form.validUntil = draft.validUntil() == null ? ""
                : LocalDate.ofInstant(draft.validUntil(), zone).minusDays(1).toString();
        form.validDays = draft.validDays() == null ? "" : String.valueOf(draft.validDays());
        form.perMemberLimit = String.valueOf(draft.perMemberLimit());
        form.totalLimit = draft.totalLimit() == null ? "" : String.valueOf(draft.totalLimit());
        form.issueMethod = draft.issueMethod().name();
        form.gradeCode = draft.gradeCode();
        form.combinesWithGrade = draft.combinesWithGrade();
        return form;
    }

    /** The draft, or null when a value could not be read (the messages are on the result). */
    CouponDraft draft(BindingResult result, ZoneId zone) {
        CouponKind couponKind = choice(CouponKind.class, kind, "kind", result);
        CouponIssueMethod method = choice(CouponIssueMethod.class, issueMethod, "issueMethod", result);
        Money fixedAmount = won(amount, "amount", result);
        int basisPoints = basisPoints(percent, "percent", result);
        Money capAmount = won(cap, "cap", result);
        Money minimum = won(minimumAmount, "minimumAmount", result);
        Set<Long> products = ids(productIds, "productIds", result);
        Set<Long> categories = ids(categoryIds, "categoryIds", result);
        Set<Long> brands = ids(brandIds, "brandIds", result);
        LocalDate from = day(validFrom, "validFrom", result);
        LocalDate until = day(validUntil, "validUntil", result);
        Integer days = whole(validDays, "validDays", result, false);
        Integer perMember = whole(perMemberLimit, "perMemberLimit", result, true);
        Integer total = whole(totalLimit, "totalLimit", result, false);
        if (result.hasErrors()) {
            return null;
        }
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
        return new CouponDraft(name, couponKind, fixedAmount == null ? Money.ZERO : fixedAmount, basisPoints, capAmount,
                minimum, products, categories, brands, days == null ? start : null, days == null ? end : null, days,
                perMember, total, method, gradeCode == null || gradeCode.isBlank() ? null : gradeCode.strip(),
                combinesWithGrade);
    }

    private static String text(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, BindingResult result) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip());
        } catch (IllegalArgumentException unknown) {
            result.rejectValue(field, MESSAGE_PREFIX + "required");
            return null;
        }
    }

    private static Money won(String text, String field, BindingResult result) {
        String digits = text == null ? "" : text.strip().replace(",", "").replace("원", "").strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,13}")) {
            result.rejectValue(field, MESSAGE_PREFIX + "whole-won");
            return null;
        }
        return Money.won(Long.parseLong(digits));
    }

    private static int basisPoints(String text, String field, BindingResult result) {
        String value = text == null ? "" : text.strip().replace("%", "").strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            BigDecimal rate = new BigDecimal(value);
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 2) {
                throw new NumberFormatException(value);
            }
            return rate.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException notAPercentage) {
            result.rejectValue(field, MESSAGE_PREFIX + "percent-range");
            return 0;
        }
    }

    private static Set<Long> ids(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String[] parts = text.split("[,\\s]+");
        if (!Arrays.stream(parts).filter(p -> !p.isEmpty()).allMatch(p -> p.matches("\\d{1,18}"))) {
            result.rejectValue(field, MESSAGE_PREFIX + "ids");
            return Set.of();
        }
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).map(Long::valueOf).collect(Collectors.toSet());
    }

    private static LocalDate day(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            result.rejectValue(field, MESSAGE_PREFIX + "date");
            return null;
        }
    }

    private static Integer whole(String text, String field, BindingResult result, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                result.rejectValue(field, MESSAGE_PREFIX + "required");
            }
            return null;
        }
        if (!text.strip().matches("\\d{1,9}")) {
            result.rejectValue(field, MESSAGE_PREFIX + "whole-number");
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getPercent() { return percent; }
    public void setPercent(String percent) { this.percent = percent; }
    public String getCap() { return cap; }
    public void setCap(String cap) { this.cap = cap; }
    public String getMinimumAmount() { return minimumAmount; }
    public void setMinimumAmount(String minimumAmount) { this.minimumAmount = minimumAmount; }
    public String getProductIds() { return productIds; }
    public void setProductIds(String productIds) { this.productIds = productIds; }
    public String getCategoryIds() { return categoryIds; }
    public void setCategoryIds(String categoryIds) { this.categoryIds = categoryIds; }
    public String getBrandIds() { return brandIds; }
    public void setBrandIds(String brandIds) { this.brandIds = brandIds; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public String getValidDays() { return validDays; }
    public void setValidDays(String validDays) { this.validDays = validDays; }
    public String getPerMemberLimit() { return perMemberLimit; }
    public void setPerMemberLimit(String perMemberLimit) { this.perMemberLimit = perMemberLimit; }
    public String getTotalLimit() { return totalLimit; }
    public void setTotalLimit(String totalLimit) { this.totalLimit = totalLimit; }
    public String getIssueMethod() { return issueMethod; }
    public void setIssueMethod(String issueMethod) { this.issueMethod = issueMethod; }
    public String getGradeCode() { return gradeCode; }
    public void setGradeCode(String gradeCode) { this.gradeCode = gradeCode; }
    public boolean isCombinesWithGrade() { return combinesWithGrade; }
    public void setCombinesWithGrade(boolean combinesWithGrade) { this.combinesWithGrade = combinesWithGrade; }
}
