package org.edgeauth.ecs.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Generators of request bodies a hostile or broken EES might send: any JSON (the wire types' own field names mixed
 * with others, odd numbers, deep nesting past the limit), a valid registration with one field replaced or dropped,
 * and text that is not JSON at all.
 */
final class HostileJson {

    private static final List<String> FIELD_NAMES = List.of("eesProf", "eesId", "endPt", "uri", "fqdn", "ipv4Addrs",
            "ipv6Addrs", "easIds", "eecRegConf", "expTime", "suppFeat", "svcArea", "topServAr", "tais", "geoServAr",
            "geoArs", "shape", "point", "lon", "lat", "appLocs", "ednInfoSets", "dnn", "dnais", "provId",
            "svcContSupp", "easInstInfo", "plmnIds", "mcc", "mnc");

    private HostileJson() {
    }

    /** Any of the three kinds of body, for an EES whose own EES ID is {@code eesId}. */
    static Arbitrary<String> body(String eesId, String easId) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, anyJson(4)),
                Tuple.of(4, mutatedRegistration(eesId, easId)),
                Tuple.of(1, notJson(eesId, easId)));
    }

    /** A JSON value of at most {@code depth} levels, or now and then a deep one. */
    static Arbitrary<String> anyJson(int depth) {
        Arbitrary<String> leaf = Arbitraries.frequencyOf(
                Tuple.of(3, strings()),
                Tuple.of(2, numbers()),
                Tuple.of(1, Arbitraries.of("true", "false", "null")),
                Tuple.of(1, deep()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> child = Arbitraries.lazy(() -> anyJson(depth - 1));
        Arbitrary<String> array = child.list().ofMaxSize(4).map(values -> "[" + String.join(",", values) + "]");
        Arbitrary<String> object = Combinators.combine(names(), child).as((name, value) -> name + ":" + value)
                .list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, object), Tuple.of(1, array));
    }

    /** A valid registration of {@code eesId} with one attribute replaced by any JSON, or dropped. */
    static Arbitrary<String> mutatedRegistration(String eesId, String easId) {
        Arbitrary<String> field = Arbitraries.of("eesProf", "eesId", "endPt", "easIds", "eecRegConf", "svcArea",
                "appLocs", "provId", "ednInfoSets", "expTime", "suppFeat");
        Arbitrary<String> replacement = anyJson(3).injectNull(0.2); // null: drop the attribute
        return Combinators.combine(field, replacement).as((name, json) -> {
            Map<String, String> profile = new LinkedHashMap<>();
            profile.put("eesId", quote(eesId));
            profile.put("endPt", "{\"uri\":\"https://" + eesId + "\"}");
            profile.put("easIds", "[" + quote(easId) + "]");
            profile.put("eecRegConf", "false");
            Map<String, String> registration = new LinkedHashMap<>();
            Map<String, String> target = name.equals("expTime") || name.equals("suppFeat") || name.equals("eesProf")
                    ? registration : profile;
            registration.put("eesProf", object(profile));
            if (json == null) {
                target.remove(name);
            } else {
                target.put(name, json);
            }
            if (target == profile) {
                registration.put("eesProf", object(profile));
            }
            return object(registration);
        });
    }

    /** Truncated or corrupted JSON, or any text. */
    static Arbitrary<String> notJson(String eesId, String easId) {
        Arbitrary<String> truncated = Combinators.combine(mutatedRegistration(eesId, easId),
                Arbitraries.integers().between(0, 100)).as((json, percent) -> json.substring(0,
                        json.length() * percent / 100));
        return Arbitraries.oneOf(truncated, Arbitraries.strings().ofMaxLength(200), Arbitraries.strings().ascii()
                .ofMaxLength(200));
    }

    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.of(FIELD_NAMES), Arbitraries.strings().ofMaxLength(12)).map(HostileJson::quote);
    }

    private static Arbitrary<String> strings() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), Arbitraries.of("", "ECS", "POINT", "POLYGON",
                "2030-01-01T00:00:00Z", "not-a-date", "192.0.2.1", "::1", "https://x", "a".repeat(300),
                "x".repeat(20_000))).map(HostileJson::quote);
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.doubles().map(String::valueOf)
                .filter(d -> !d.contains("N") && !d.contains("I")), Arbitraries.of("-0", "1e999999", "1E-400",
                "123456789012345678901234567890", "1" + "0".repeat(100), "0.000000000000000000000001"));
    }

    private static Arbitrary<String> deep() {
        return Arbitraries.integers().between(20, 200).map(n -> "[".repeat(n) + "]".repeat(n));
    }

    private static String object(Map<String, String> members) {
        return members.entrySet().stream().map(member -> quote(member.getKey()) + ":" + member.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
