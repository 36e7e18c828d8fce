package org.edgeauth.ees.profile;

import java.util.List;

import org.edgeauth.contract.eecs.Ecgi;
import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.Ncgi;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.contract.eecs.Tai;

/**
 * The compact notation of service-area elements in configuration: {@code MCC-MNC} for a PLMN, {@code MCC-MNC-TAC}
 * for a TAI, {@code MCC-MNC-CELLID} for an NCGI or ECGI, {@code "lon lat"} for coordinates. Values are copied, not
 * judged: the profile's Bean Validation constraints (contract) decide what is well formed.
 */
final class AreaNotation {

    private AreaNotation() {
    }

    static PlmnId plmnId(String text) {
        List<String> parts = parts(text, 2, "MCC-MNC");
        return new PlmnId(parts.get(0), parts.get(1));
    }

    static Tai tai(String text) {
        List<String> parts = parts(text, 3, "MCC-MNC-TAC");
        return new Tai(new PlmnId(parts.get(0), parts.get(1)), parts.get(2), null);
    }

    static Ncgi ncgi(String text) {
        List<String> parts = parts(text, 3, "MCC-MNC-NRCELLID");
        return new Ncgi(new PlmnId(parts.get(0), parts.get(1)), parts.get(2), null);
    }

    static Ecgi ecgi(String text) {
        List<String> parts = parts(text, 3, "MCC-MNC-EUTRACELLID");
        return new Ecgi(new PlmnId(parts.get(0), parts.get(1)), parts.get(2), null);
    }

    static GeographicalCoordinates coordinates(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not \"lon lat\"");
        }
        try {
            return new GeographicalCoordinates(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not \"lon lat\" in degrees", e);
        }
    }

    private static List<String> parts(String text, int count, String form) {
        List<String> parts = List.of(text.trim().split("-", -1));
        if (parts.size() != count || parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("'" + text + "' is not " + form);
        }
        return parts;
    }
}
