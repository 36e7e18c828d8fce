package org.edgeauth.contract.eecs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** TS 29.558 EndPoint: exactly one of {@code uri}, {@code fqdn}, {@code ipv4Addrs}, {@code ipv6Addrs}. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ExactlyOneAddressValidator.class)
public @interface ExactlyOneAddress {

    String message() default "exactly one of uri, fqdn, ipv4Addrs, ipv6Addrs must be present";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
