package org.edgeauth.pki.hostile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Generated hostile input for tests: text, JSON and percent-encoding a broken or malicious client might send (deep
 * nesting, huge strings and numbers, wrong types, unknown and duplicate members, broken escapes and UTF-8), and a
 * loop that runs a check over many generated cases.
 * <p>
 * Reproducible: one {@link Random} seeded from the system property {@value #SEED_PROPERTY} (a fixed default), so
 * every run generates the same cases, and a failure names the seed and the case to rerun it with. It lives here
 * because the contract, token issuer and ECS tests all draw from it (pki is a test dependency of each); it knows no
 * service types: each service's tests build their own bodies from these pieces.
 */
public final class HostileInput {

    public static final String SEED_PROPERTY = "edgeauth.test.seed";
    private static final long DEFAULT_SEED = 20_261_129L;
    /** Failures listed in full when a run fails; the rest are counted. */
    private static final int FAILURES_SHOWN = 5;

    /** Strings that trip parsers and validators: empty, controls, quotes, surrogates, near-values, long. */
    private static final List<String> ODD_STRINGS = List.of("", " ", "null", "true", "0", "-1", "\u0000", "\\", "\"",
            "'", "\r\n", "\uFEFF", "\uD800", "\uDC00x", "\uD83D\uDE00", "<x/>", "../..", "%00", "2030-01-01T00:00:00Z",
            "not-a-date", "192.0.2.1", "::1", "https://x", "a".repeat(300));
    /** Valid JSON numbers that overflow, underflow or exceed the readers' length bound. */
    private static final List<String> ODD_NUMBERS = List.of("-0", "1e999999", "-1e999999", "1E-400",
            "9223372036854775808", "-2147483649", "123456789012345678901234567890", "1" + "0".repeat(100),
            "0.000000000000000000000001", "1.0e+2");
    /** Escapes JSON does not allow, or that end the text early. */
    private static final List<String> BROKEN_ESCAPES = List.of("\\u12", "\\uZZZZ", "\\x41", "\\", "\\'", "\\U0041",
            "\\u");
    /** Byte sequences that are not UTF-8: bad continuation, lone continuation, truncated, overlong, surrogate,
     * above U+10FFFF, never-valid bytes. */
    private static final List<byte[]> BROKEN_UTF8 = List.of(bytes(0xC3, 0x28), bytes(0x80), bytes(0xE2, 0x82),
            bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFF), bytes(0xFE, 0xFF));
    /** Percent-encoding that is malformed, or decodes to bytes that are not UTF-8 or to a NUL. */
    private static final List<String> BROKEN_PERCENT = List.of("%", "%z", "%zz", "%4", "%%", "%u0041", "%C3%28",
            "%FF%FE", "%C0%AF", "%ED%A0%80", "%00", "+%2");
    private static final String JSON_SYNTAX = "{}[],:\"\\";

    private final long seed;
    private final Random random;

    private HostileInput(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Seeded from {@value #SEED_PROPERTY}, or the fixed default: the same cases on every run unless asked. */
    public static HostileInput seeded() {
        String property = System.getProperty(SEED_PROPERTY);
        return new HostileInput(property == null || property.isBlank() ? DEFAULT_SEED : Long.parseLong(property.strip()));
    }

    public long seed() {
        return seed;
    }

    /**
     * Runs {@code check} over cases 0 to {@code cases - 1}, collecting every failed case rather than stopping at the
     * first, then fails listing the first few, each with the seed that regenerates it.
     */
    public void forEachCase(int cases, Case check) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            try {
                check.run(i);
            } catch (AssertionError failure) {
                failures.add("case " + i + ": " + failure.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + cases + " generated cases failed (" + rerun() + "):\n"
                    + String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))));
        }
    }

    /** How to regenerate this run's cases, for assertion messages. */
    public String rerun() {
        return "seed " + seed + ", rerun with -D" + SEED_PROPERTY + "=" + seed;
    }

    /** One generated case; fails by throwing {@link AssertionError}. */
    @FunctionalInterface
    public interface Case {
        void run(int index);
    }

    // Choices

    /** @return a number in [min, max], both included */
    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** @return an index into {@code weights}, each chosen in proportion to its weight */
    public int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("weights must be positive");
    }

    /** @return 0 to {@code maxSize} elements */
    public <T> List<T> listOf(int maxSize, Supplier<T> element) {
        int size = between(0, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    // Text

    /**
     * Up to {@code maxLength} chars of any kind: printable ASCII, control characters, Latin-1 and other BMP letters,
     * supplementary characters (surrogate pairs) and lone surrogates.
     */
    public String anyString(int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = between(0, maxLength);
        while (text.length() < length) {
            switch (weighted(6, 1, 1, 2, 1, 1)) {
                case 0 -> text.append((char) between(0x20, 0x7E));
                case 1 -> text.append((char) (chance(0.9) ? between(0x00, 0x1F) : 0x7F));
                case 2 -> text.append((char) between(0x80, 0xFF));
                case 3 -> text.append((char) between(0x100, 0xD7FF));
                case 4 -> text.appendCodePoint(between(0x10000, 0x10FFFF));
                default -> text.append((char) between(0xD800, 0xDFFF));
            }
        }
        return text.toString();
    }

    /** Up to {@code maxLength} chars drawn from {@code alphabet}. */
    public String stringOf(String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = between(0, maxLength); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Raw text as a JSON string or a form value would carry it: random, odd, or longer than any reader's bound. */
    public String anyText() {
        return switch (weighted(4, 3, 1)) {
            case 0 -> anyString(30);
            case 1 -> oneOf(ODD_STRINGS);
            default -> "x".repeat(between(16_000, 20_000));
        };
    }

    // Percent-encoding (application/x-www-form-urlencoded)

    public static String percentEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Malformed percent-encoding, or well-formed encoding of bytes that are not UTF-8. */
    public String brokenPercentEncoding() {
        return oneOf(BROKEN_PERCENT);
    }

    /** {@code [[[...]]]} percent-encoded, {@code levels} deep. */
    public static String encodedNesting(int levels) {
        return "%5B".repeat(levels) + "%5D".repeat(levels);
    }

    // JSON

    /** A JSON string literal of {@link #anyText()}. */
    public String jsonString() {
        return quote(anyText());
    }

    /** A JSON number: any int, any finite double, or one that overflows or is too long to read. */
    public String jsonNumber() {
        return switch (weighted(2, 2, 2)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> String.valueOf((random.nextDouble() - 0.5) * Math.pow(10, between(-30, 30)));
            default -> oneOf(ODD_NUMBERS);
        };
    }

    /** Arrays or objects nested 20 to 200 levels: mostly beyond the readers' depth bound. */
    public String deepNesting() {
        int levels = between(20, 200);
        return chance(0.5) ? "[".repeat(levels) + "]".repeat(levels)
                : "{\"a\":".repeat(levels) + "null" + "}".repeat(levels);
    }

    /**
     * Any JSON value up to {@code depth} levels (plus now and then a deeply nested one): objects whose member names
     * are mostly {@code names} (so a reader meets known attributes with wrong types) and sometimes unknown or
     * repeated, arrays, strings, numbers and literals.
     */
    public String json(int depth, List<String> names) {
        int kind = depth == 0 ? 0 : weighted(3, 2, 1);
        if (kind == 1) {
            List<String> memberNames = listOf(4, () -> memberName(names));
            if (!memberNames.isEmpty() && chance(0.2)) { // a duplicate member name, with another value
                memberNames.add(oneOf(memberNames));
            }
            List<String> members = new ArrayList<>();
            for (String name : memberNames) {
                members.add(name + ":" + json(depth - 1, names));
            }
            return "{" + String.join(",", members) + "}";
        }
        if (kind == 2) {
            return "[" + String.join(",", listOf(4, () -> json(depth - 1, names))) + "]";
        }
        return switch (weighted(3, 2, 1, 1)) {
            case 0 -> jsonString();
            case 1 -> jsonNumber();
            case 2 -> oneOf(List.of("true", "false", "null"));
            default -> deepNesting();
        };
    }

    /**
     * {@code json} made invalid: cut short, a broken escape inside a string, a structural character inserted or
     * dropped, or replaced by any text.
     */
    public String brokenJson(String json) {
        return switch (weighted(3, 2, 2, 1)) {
            case 0 -> json.substring(0, between(0, json.length()));
            case 1 -> insert(json, "\"" + oneOf(BROKEN_ESCAPES) + "\"");
            case 2 -> chance(0.5) || json.isEmpty() ? insert(json, String.valueOf(JSON_SYNTAX.charAt(between(0, 7))))
                    : dropAt(json, between(0, json.length() - 1));
            default -> anyString(200);
        };
    }

    /** {@code text} as UTF-8 with one to three byte sequences spliced in that are not UTF-8. */
    public byte[] withBrokenUtf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int i = between(1, 3); i > 0; i--) {
            int at = between(from, utf8.length);
            out.write(utf8, from, at - from);
            out.writeBytes(oneOf(BROKEN_UTF8));
            from = at;
        }
        out.write(utf8, from, utf8.length - from);
        return out.toByteArray();
    }

    /** A JSON string literal of {@code text}. */
    public static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    private String memberName(List<String> names) {
        return quote(chance(0.7) ? oneOf(names) : anyString(12));
    }

    private String insert(String text, String piece) {
        int at = between(0, text.length());
        return text.substring(0, at) + piece + text.substring(at);
    }

    private static String dropAt(String text, int at) {
        return text.substring(0, at) + text.substring(at + 1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
