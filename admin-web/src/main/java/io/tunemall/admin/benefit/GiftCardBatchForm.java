package io.tunemall.admin.benefit;

/** A gift card batch as typed. */
public class GiftCardBatchForm {

    private String count;
    private String faceValue;
    private String validThrough;
    private String name;

    public String getCount() { return count; }
    public void setCount(String count) { this.count = count; }
    public String getFaceValue() { return faceValue; }
    public void setFaceValue(String faceValue) { this.faceValue = faceValue; }
    public String getValidThrough() { return validThrough; }
    public void setValidThrough(String validThrough) { this.validThrough = validThrough; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
