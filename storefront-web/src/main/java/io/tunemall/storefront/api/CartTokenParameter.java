package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The guest's cart token header, described once for every cart and checkout operation. */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.HEADER, name = StorefrontCartApi.CART_TOKEN,
        description = "A guest's cart token, as the first add to cart answered it; not needed for a signed-in member")
@interface CartTokenParameter {
}
