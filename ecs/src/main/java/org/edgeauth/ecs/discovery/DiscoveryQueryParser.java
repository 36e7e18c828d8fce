package org.edgeauth.ecs.discovery;

import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.AC_SVC_CONT_SUPP;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.APP_GRP_ID;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.BDL_ID;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.BDL_TYPE;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.EAS_ID;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.EEC_SRV_CONT_SUPP;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.EES_ID;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.ENS_IND;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.TARGET_DNAI;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.UE_ID;
import static org.edgeauth.contract.eecs.TargetEesDiscoveryApi.UE_LOCATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import org.edgeauth.contract.eecs.Formats;
import org.edgeauth.contract.eecs.LocationArea5G;
import org.edgeauth.contract.problem.InvalidParam;
import org.edgeauth.ecs.http.InvalidParams;
import org.edgeauth.contract.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks every discovery parameter and reports all bad ones at once, each under its query parameter name. */
public final class DiscoveryQueryParser {

    private static final Pattern FQDN = Pattern.compile(Formats.FQDN);
    private static final Pattern DNAI = Pattern.compile(Formats.DNAI);
    private static final Pattern GPSI = Pattern.compile(Formats.GPSI);

    private final ObjectMapper json;
    private final Validator validator;

    public DiscoveryQueryParser(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @throws ProblemException 400 with one invalidParams entry per bad parameter */
    public DiscoveryQuery parse(RawDiscoveryQuery raw) {
        List<InvalidParam> invalid = new ArrayList<>();
        if (raw.eesId() == null) {
            invalid.add(new InvalidParam(EES_ID, "required"));
        } else if (raw.eesId().length() < Formats.FQDN_MIN || raw.eesId().length() > Formats.FQDN_MAX
                || !FQDN.matcher(raw.eesId()).matches()) {
            invalid.add(new InvalidParam(EES_ID, "not an EES ID (FQDN)"));
        }
        if (raw.easId() == null) {
            invalid.add(new InvalidParam(EAS_ID, "required"));
        } else {
            checkIdentifier(EAS_ID, raw.easId(), invalid);
        }
        if (raw.targetDnai() != null && !DNAI.matcher(raw.targetDnai()).matches()) {
            invalid.add(new InvalidParam(TARGET_DNAI, "not a DNAI"));
        }
        if (raw.ueId() != null && !GPSI.matcher(raw.ueId()).matches()) {
            invalid.add(new InvalidParam(UE_ID, "not a GPSI (msisdn-... or extid-...@...)"));
        }
        Optional<LocationArea5G> ueLocation = raw.ueLocation() == null ? Optional.empty()
                : location(raw.ueLocation(), invalid);
        raw.eecSrvContSupp().forEach(value -> checkIdentifier(EEC_SRV_CONT_SUPP, value, invalid));
        raw.acSvcContSupp().forEach(value -> checkIdentifier(AC_SVC_CONT_SUPP, value, invalid));
        checkOptionalIdentifier(BDL_ID, raw.bdlId(), invalid);
        checkOptionalIdentifier(BDL_TYPE, raw.bdlType(), invalid);
        checkOptionalIdentifier(APP_GRP_ID, raw.appGrpId(), invalid);
        if (raw.ensInd() != null && !raw.ensInd().equals("true") && !raw.ensInd().equals("false")) {
            invalid.add(new InvalidParam(ENS_IND, "must be true or false"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        return new DiscoveryQuery(raw.eesId(), raw.easId(), Optional.ofNullable(raw.targetDnai()), ueLocation);
    }

    private Optional<LocationArea5G> location(String encoded, List<InvalidParam> invalid) {
        LocationArea5G location;
        try {
            location = json.readValue(encoded, LocationArea5G.class);
        } catch (JsonMappingException e) {
            invalid.add(InvalidParams.of(e, UE_LOCATION));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            invalid.add(new InvalidParam(UE_LOCATION, "not a JSON-encoded LocationArea5G"));
            return Optional.empty();
        }
        if (location == null) {
            invalid.add(new InvalidParam(UE_LOCATION, "not a JSON-encoded LocationArea5G"));
            return Optional.empty();
        }
        invalid.addAll(InvalidParams.of(validator.validate(location), 0, UE_LOCATION));
        return Optional.of(location);
    }

    private static void checkOptionalIdentifier(String name, String value, List<InvalidParam> invalid) {
        if (value != null) {
            checkIdentifier(name, value, invalid);
        }
    }

    private static void checkIdentifier(String name, String value, List<InvalidParam> invalid) {
        if (value.isBlank() || value.length() > Formats.IDENTIFIER_MAX) {
            invalid.add(new InvalidParam(name, "must be 1 to " + Formats.IDENTIFIER_MAX + " characters"));
        }
    }
}
