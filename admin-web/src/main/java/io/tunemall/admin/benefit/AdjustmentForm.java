package io.tunemall.admin.benefit;

/** A manual point adjustment as typed. */
public class AdjustmentForm {

    private boolean deduct;
    private String amount;
    private String validThrough;
    private String reason;

    public boolean isDeduct() { return deduct; }
    public void setDeduct(boolean deduct) { this.deduct = deduct; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getValidThrough() { return validThrough; }
    public void setValidThrough(String validThrough) { this.validThrough = validThrough; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
