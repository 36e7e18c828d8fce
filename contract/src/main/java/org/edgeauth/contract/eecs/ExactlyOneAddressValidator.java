package org.edgeauth.contract.eecs;

import java.util.stream.Stream;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ExactlyOneAddressValidator implements ConstraintValidator<ExactlyOneAddress, EndPoint> {

    @Override
    public boolean isValid(EndPoint endPoint, ConstraintValidatorContext context) {
        if (endPoint == null) {
            return true; // presence is a separate @NotNull
        }
        return Stream.of(endPoint.uri(), endPoint.fqdn(), endPoint.ipv4Addrs(), endPoint.ipv6Addrs())
                .filter(value -> value != null).count() == 1;
    }
}
