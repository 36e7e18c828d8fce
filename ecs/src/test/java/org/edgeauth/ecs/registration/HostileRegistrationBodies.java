package org.edgeauth.ecs.registration;

import static org.edgeauth.pki.hostile.HostileInput.quote;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.edgeauth.pki.hostile.HostileInput;

/**
 * Request bodies a hostile or broken EES might send to the registration API, as bytes on the wire: any JSON (the
 * wire types' own member names mixed with others, odd numbers, deep nesting past the limit), a valid registration
 * of the EES with one attribute given a wrong value, dropped, repeated or joined by an unknown one, and text that
 * is not JSON or not UTF-8.
 */
final class HostileRegistrationBodies {

    private static final List<String> NAMES = List.of("eesProf", "eesId", "endPt", "uri", "fqdn", "ipv4Addrs",
            "ipv6Addrs", "easIds", "eecRegConf", "expTime", "suppFeat", "svcArea", "topServAr", "tais", "geoServAr",
            "geoArs", "shape", "point", "lon", "lat", "appLocs", "ednInfoSets", "dnn", "dnais", "provId",
            "svcContSupp", "easInstInfo", "plmnIds", "mcc", "mnc");
    /** EESRegistration attributes, and EESProfile attributes, that a mutation picks from. */
    private static final List<String> REGISTRATION_ATTRIBUTES = List.of("eesProf", "expTime", "suppFeat");
    private static final List<String> PROFILE_ATTRIBUTES = List.of("eesId", "endPt", "easIds", "eecRegConf",
            "svcArea", "appLocs", "provId", "ednInfoSets");

    private final HostileInput input;
    private final String eesId;
    private final String easId;

    /** Bodies for the EES {@code eesId} hosting {@code easId}, drawn from {@code input}. */
    HostileRegistrationBodies(HostileInput input, String eesId, String easId) {
        this.input = input;
        this.eesId = eesId;
        this.easId = easId;
    }

    byte[] next() {
        return switch (input.weighted(3, 4, 1, 1)) {
            case 0 -> utf8(input.json(4, NAMES));
            case 1 -> utf8(mutatedRegistration());
            case 2 -> utf8(input.brokenJson(mutatedRegistration()));
            default -> input.withBrokenUtf8(mutatedRegistration());
        };
    }

    /** A valid registration of the EES with one attribute replaced by any JSON, dropped, repeated, or added to. */
    private String mutatedRegistration() {
        List<Member> profile = new ArrayList<>(List.of(new Member("eesId", quote(eesId)),
                new Member("endPt", "{\"uri\":" + quote("https://" + eesId) + "}"),
                new Member("easIds", "[" + quote(easId) + "]"), new Member("eecRegConf", "false")));
        List<Member> registration = new ArrayList<>(List.of(new Member("eesProf", null)));
        boolean inProfile = input.chance(0.7);
        List<Member> target = inProfile ? profile : registration;
        String name = input.oneOf(inProfile ? PROFILE_ATTRIBUTES : REGISTRATION_ATTRIBUTES);
        switch (input.weighted(4, 2, 2, 1)) {
            case 0 -> { // a wrong type or value
                target.removeIf(member -> member.name().equals(name));
                target.add(new Member(name, input.json(3, NAMES)));
            }
            case 1 -> target.removeIf(member -> member.name().equals(name));
            case 2 -> target.add(new Member(name, input.json(2, NAMES))); // repeated (or first) with any value
            default -> target.add(new Member(input.anyString(12), input.json(2, NAMES))); // unknown
        }
        return object(registration, profile);
    }

    /** {@code members} as a JSON object; a member without a value is the profile. */
    private static String object(List<Member> members, List<Member> profile) {
        return members.stream()
                .map(member -> quote(member.name()) + ":"
                        + (member.json() == null ? object(profile, List.of()) : member.json()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Member(String name, String json) {
    }
}
