package org.edgeauth.contract.eecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class WireTypesValidationTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aCompleteRegistrationIsValid() {
        assertEquals(Set.of(), paths(registration(EndPoint.ofUri("https://ees-1.edge.test:8543"), "ees-1.edge.test")));
    }

    @Test
    void endPointNeedsExactlyOneAddressForm() {
        EndPoint none = new EndPoint(null, null, null, null);
        EndPoint two = new EndPoint("https://ees-1.edge.test", "ees-1.edge.test", null, null);

        assertEquals(Set.of("eesProf.endPt"), paths(registration(none, "ees-1.edge.test")));
        assertEquals(Set.of("eesProf.endPt"), paths(registration(two, "ees-1.edge.test")));
        assertEquals(Set.of(), paths(registration(new EndPoint(null, null, List.of("192.0.2.1"), null), "ees-1.edge.test")));
        assertEquals(Set.of(), paths(registration(new EndPoint(null, null, null, List.of("2001:db8::1")), "ees-1.edge.test")));
    }

    @Test
    void formatsAreCheckedPerField() {
        EndPoint badAddresses = new EndPoint(null, null, List.of("192.0.2.300"), null);

        assertEquals(Set.of("eesProf.eesId", "eesProf.endPt.ipv4Addrs[0]"),
                paths(registration(badAddresses, "not a fqdn")));
        assertEquals(Set.of("eesProf.endPt.ipv6Addrs[0]"),
                paths(registration(new EndPoint(null, null, null, List.of("2001:db8:::1")), "ees-1.edge.test")));
        assertEquals(Set.of("eesProf.endPt.fqdn"),
                paths(registration(EndPoint.ofFqdn("a.b"), "ees-1.edge.test")));
    }

    @Test
    void requiredFieldsAndNestedAreasAreChecked() {
        EESProfile profile = new EESProfile("ees-1.edge.test", null, List.of(), null,
                new ServiceArea(new TopologicalServiceArea(null, null,
                        List.of(new Tai(new PlmnId("1", "01"), "zz", null)), null),
                        new GeographicalServiceArea(List.of(new PointUncertaintyCircle(
                                new GeographicalCoordinates(200.0, 0.0), -1f)), null)),
                List.of("bad dnai"), null, null, List.of(new EdnInfo(null, null)), null, null, null);

        assertEquals(new TreeSet<>(Set.of("eesProf.endPt", "eesProf.eecRegConf", "eesProf.easIds",
                "eesProf.appLocs[0]", "eesProf.ednInfoSets[0].dnn",
                "eesProf.svcArea.topServAr.tais[0].plmnId.mcc", "eesProf.svcArea.topServAr.tais[0].tac",
                "eesProf.svcArea.geoServAr.geoArs[0].point.lon",
                "eesProf.svcArea.geoServAr.geoArs[0].uncertainty")),
                new TreeSet<>(paths(new EESRegistration(profile, null, null))));
    }

    @Test
    void eachViolationIsReportedOnce() {
        Set<ConstraintViolation<EESRegistration>> violations = VALIDATOR.validate(
                registration(EndPoint.ofUri("https://ees-1.edge.test"), "not a fqdn"));

        assertEquals(1, violations.size());
        assertTrue(violations.iterator().next().getPropertyPath().toString().endsWith("eesId"));
    }

    static EESRegistration registration(EndPoint endPoint, String eesId) {
        return new EESRegistration(new EESProfile(eesId, endPoint, List.of("video"), null, null, null, null, true,
                null, null, null, null), null, null);
    }

    /** Property paths, without Hibernate Validator's marker for constraints on list elements. */
    private static Set<String> paths(EESRegistration registration) {
        return VALIDATOR.validate(registration).stream()
                .map(v -> v.getPropertyPath().toString().replace(".<list element>", ""))
                .collect(Collectors.toSet());
    }
}
