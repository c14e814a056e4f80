package io.tunemall.admin.benefit;

/** A grade as typed: rates as percentages, the entry amount in won (blank for a grade only staff give). */
public class GradeForm {

    private String code;
    private String name;
    private String level;
    private String discountPercent;
    private String pointRatePercent;
    private boolean freeShipping;
    private String minimumPaid;
    private boolean makeDefault;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(String discountPercent) { this.discountPercent = discountPercent; }
    public String getPointRatePercent() { return pointRatePercent; }
    public void setPointRatePercent(String pointRatePercent) { this.pointRatePercent = pointRatePercent; }
    public boolean isFreeShipping() { return freeShipping; }
    public void setFreeShipping(boolean freeShipping) { this.freeShipping = freeShipping; }
    public String getMinimumPaid() { return minimumPaid; }
    public void setMinimumPaid(String minimumPaid) { this.minimumPaid = minimumPaid; }
    public boolean isMakeDefault() { return makeDefault; }
    public void setMakeDefault(boolean makeDefault) { this.makeDefault = makeDefault; }
}
