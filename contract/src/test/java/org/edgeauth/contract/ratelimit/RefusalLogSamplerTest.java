package org.edgeauth.contract.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RefusalLogSamplerTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final ManualClock clock = new ManualClock();
    /** What the sampler handed to its {@code unlogged} callback, in order. */
    private final List<Map.Entry<String, Long>> unlogged = new ArrayList<>();

    @Test
    void writesTheFirstLineThenOneAnIntervalCountingTheOthers() {
        RefusalLogSampler sampler = sampler(SECOND, 100);

        assertEquals(OptionalLong.of(0), sampler.sample("ees-1"));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMillis(100));
            assertEquals(OptionalLong.empty(), sampler.sample("ees-1"));
        }
        clock.advance(Duration.ofMillis(499)); // 999 ms since the line written
        assertEquals(OptionalLong.empty(), sampler.sample("ees-1"));
        clock.advance(Duration.ofMillis(1));

        assertEquals(OptionalLong.of(6), sampler.sample("ees-1"), "the six left out since the last line");
        assertEquals(OptionalLong.empty(), sampler.sample("ees-1"));
        clock.advance(SECOND);
        assertEquals(OptionalLong.of(1), sampler.sample("ees-1"), "counted from the last line, not from the start");
        assertTrue(unlogged.isEmpty());
    }

    @Test
    void aFloodGivesOneLineAnIntervalAndLosesNoCount() {
        RefusalLogSampler sampler = sampler(SECOND, 100);
        long written = 0;
        long counted = 0;

        for (int i = 0; i < 100_000; i++) { // 10 000 refusals a second for 10 s
            clock.advance(Duration.ofNanos(100_000));
            OptionalLong line = sampler.sample("ees-1");
            if (line.isPresent()) {
                written++;
                counted += 1 + line.getAsLong();
            }
        }
        clock.advance(SECOND);
        counted += 1 + sampler.sample("ees-1").orElseThrow();

        assertEquals(10, written, "one line a second");
        assertEquals(100_001, counted, "every refusal is in a line or in a count");
    }

    @Test
    void keysAreSampledApart() {
        RefusalLogSampler sampler = sampler(SECOND, 100);
        sampler.sample("ees-1");
        sampler.sample("ees-1");
        clock.advance(Duration.ofMillis(500));

        assertEquals(OptionalLong.of(0), sampler.sample("ees-2"), "another client's first line is written");
        assertEquals(OptionalLong.empty(), sampler.sample("ees-2"));
        clock.advance(Duration.ofMillis(500));
        assertEquals(OptionalLong.of(1), sampler.sample("ees-1"));
        assertEquals(OptionalLong.empty(), sampler.sample("ees-2"), "its own interval has not passed");
        clock.advance(Duration.ofMillis(500));
        assertEquals(OptionalLong.of(2), sampler.sample("ees-2"));
    }

    @Test
    void anIdleKeyIsForgottenAndItsCountHandedOver() {
        RefusalLogSampler sampler = sampler(SECOND, 100);
        sampler.sample("quiet");
        sampler.sample("flooding");
        for (int i = 0; i < 3; i++) {
            sampler.sample("flooding");
        }
        assertEquals(2, sampler.trackedKeys());

        clock.advance(SECOND);
        sampler.sample("other");

        assertEquals(1, sampler.trackedKeys(), "only the key just seen is remembered");
        assertEquals(List.of(Map.entry("flooding", 3L)), unlogged, "nothing to say for the quiet one");
        assertEquals(OptionalLong.of(0), sampler.sample("flooding"), "its count was handed over, not repeated");
    }

    @Test
    void aKeySeenWithinTheIntervalIsRemembered() {
        RefusalLogSampler sampler = sampler(SECOND, 100);
        sampler.sample("ees-1");
        clock.advance(Duration.ofMillis(600));
        sampler.sample("ees-1"); // left out: seen now, written 600 ms ago
        clock.advance(Duration.ofMillis(600));

        sampler.sample("ees-2");

        assertEquals(2, sampler.trackedKeys());
        assertTrue(unlogged.isEmpty());
        assertEquals(OptionalLong.of(1), sampler.sample("ees-1"), "written 1.2 s ago: due, with its count");
    }

    @Test
    void boundedByMaxKeysDroppingTheLeastRecentlySeenWithItsCount() {
        RefusalLogSampler sampler = sampler(SECOND, 3);
        for (String key : new String[] { "a", "b", "c" }) {
            sampler.sample(key);
            sampler.sample(key);
        }
        sampler.sample("a"); // seen again: "b" is now the least recently seen

        assertEquals(OptionalLong.of(0), sampler.sample("d"));

        assertEquals(3, sampler.trackedKeys());
        assertEquals(List.of(Map.entry("b", 1L)), unlogged);
        assertEquals(OptionalLong.empty(), sampler.sample("a"), "a is still remembered");
        assertEquals(OptionalLong.of(0), sampler.sample("b"), "b starts over: the next line is written at once");
    }

    @Test
    void manyKeysNeverHoldMoreThanMaxKeysNorLoseACount() {
        RefusalLogSampler sampler = sampler(SECOND, 10);
        Random random = new Random(42);
        long written = 0;
        long counted = 0;
        for (int i = 0; i < 5_000; i++) {
            clock.advance(Duration.ofMillis(1));
            OptionalLong line = sampler.sample("ees-" + random.nextInt(15));
            if (line.isPresent()) {
                written++;
                counted += 1 + line.getAsLong();
            }
            assertTrue(sampler.trackedKeys() <= 10, () -> sampler.trackedKeys() + " keys tracked");
        }
        assertTrue(written < 5_000, "some lines were left out");

        clock.advance(SECOND);
        for (int k = 0; k < 15; k++) {
            counted += 1 + sampler.sample("ees-" + k).orElseThrow();
        }

        long handedOver = unlogged.stream().mapToLong(Map.Entry::getValue).sum();
        assertEquals(5_000 + 15, counted + handedOver, "each refusal is in a line, or in a count of one");
    }

    @Test
    void theNoteSaysHowManyWereLeftOut() {
        assertEquals(" (+12 similar refusals of this client not logged)",
                RefusalLogSampler.leftOutNote(12, "refusals of this client"));
        assertEquals("", RefusalLogSampler.leftOutNote(0, "refusals of this client"));
    }

    @Test
    void aZeroIntervalWritesEveryLineAndRemembersNothing() {
        RefusalLogSampler sampler = sampler(Duration.ZERO, 0);

        for (int i = 0; i < 100; i++) {
            assertEquals(OptionalLong.of(0), sampler.sample("ees-1"));
        }
        assertEquals(0, sampler.trackedKeys());
    }

    @Test
    void refusesNonsensicalSettings() {
        assertThrows(IllegalArgumentException.class, () -> sampler(Duration.ofMillis(-1), 10));
        assertThrows(IllegalArgumentException.class, () -> sampler(SECOND, 0));
    }

    private RefusalLogSampler sampler(Duration interval, int maxKeys) {
        return new RefusalLogSampler(interval, maxKeys, clock,
                (key, leftOut) -> unlogged.add(Map.entry(key, leftOut)));
    }
}
