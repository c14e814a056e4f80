package io.tunemall.tuning;

import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import java.util.List;
import java.util.Set;

/** A module declaring a product field of every type, one of them for admin eyes only. */
public class FieldsModule implements TuningModule {

    public static final String ID = "test.fields";

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "상품 부가 정보", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<CustomField> customFields() {
        return List.of(
                CustomField.text(EntityType.PRODUCT, "origin", "원산지", "Country of origin").required().maxLength(20),
                CustomField.number(EntityType.PRODUCT, "abv", "알코올 도수", "Alcohol by volume").min("0").max("100"),
                CustomField.flag(EntityType.PRODUCT, "organic", "유기농", "Organic"),
                CustomField.date(EntityType.PRODUCT, "harvested", "수확일", "Harvested on"),
                CustomField.choice(EntityType.PRODUCT, "grade", "등급", "Grade", List.of("특", "상", "보통")),
                CustomField.number(EntityType.PRODUCT, "cost", "매입가", "Cost").adminOnly(),
                CustomField.text(EntityType.MEMBER, "employee-number", "사번", "Employee number"));
    }
}
