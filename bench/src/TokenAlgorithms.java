import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Access-token issue and verify cost per algorithm, one thread, with jose4j (what smallrye-jwt uses on both sides),
 * in the token issuer's claim layout; and what a verified-token cache hit costs instead (SHA-256 of the token +
 * map lookup). Plain main with warm-up: run by bench/token-algorithms.sh on each JDK.
 */
public class TokenAlgorithms {

    private static final long WARMUP_MS = Long.getLong("warmup", 3000);
    private static final long MEASURE_MS = Long.getLong("measure", 5000);

    public static void main(String[] args) throws Exception {
        System.out.printf("%-8s %12s %12s %8s%n", "alg", "issue/s", "verify/s", "bytes");
        run("ES256", AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, ec());
        run("RS256", AlgorithmIdentifiers.RSA_USING_SHA256, keys("RSA", 2048));
        try {
            run("EdDSA", AlgorithmIdentifiers.EDDSA, keys("Ed25519", 0));
        } catch (Exception | LinkageError e) {
            System.out.printf("%-8s not supported here: %s%n", "EdDSA", e);
        }
        cacheHit();
    }

    private static void run(String name, String alg, KeyPair keys) throws Exception {
        Supplier<String> issue = () -> sign(alg, keys);
        String token = issue.get();
        JwtConsumer consumer = new JwtConsumerBuilder().setVerificationKey(keys.getPublic())
                .setExpectedAudience("ECS").setRequireExpirationTime().setRequireIssuedAt().build();
        double issued = rate(() -> issue.get());
        double verified = rate(() -> {
            try {
                consumer.processToClaims(token);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf("%-8s %12.0f %12.0f %8d%n", name, issued, verified, token.length());
    }

    private static void cacheHit() throws Exception {
        String token = sign(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, ec());
        ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            cache.put(UUID.randomUUID().toString(), i);
        }
        cache.put(key(token), Boolean.TRUE);
        double hits = rate(() -> {
            if (cache.get(key(token)) == null) {
                throw new IllegalStateException();
            }
        });
        System.out.printf("%-8s %12s %12.0f %8s   (verified-token cache hit: SHA-256 + lookup)%n", "cached", "-",
                hits, "-");
    }

    private static String key(String token) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String alg, KeyPair keys) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(UUID.randomUUID().toString());
            claims.setSubject(UUID.randomUUID().toString());
            claims.setAudience("ECS");
            claims.setClaim("scope", "eecs-eesregistration eecs-targeteesdiscovery");
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(5);
            claims.setJwtId(UUID.randomUUID().toString());
            claims.setClaim("cnf", java.util.Map.of("x5t#S256", "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2"));
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(keys.getPrivate());
            jws.setKeyIdHeaderValue("kid-0123456789abcdef0123456789abcdef01234567");
            jws.setHeader("typ", "JWT");
            jws.setAlgorithmHeaderValue(alg);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Operations per second after a warm-up, one thread. */
    private static double rate(Runnable op) {
        long end = System.nanoTime() + WARMUP_MS * 1_000_000;
        while (System.nanoTime() < end) {
            op.run();
        }
        long start = System.nanoTime();
        end = start + MEASURE_MS * 1_000_000;
        long n = 0;
        long now;
        do {
            for (int i = 0; i < 16; i++) {
                op.run();
            }
            n += 16;
            now = System.nanoTime();
        } while (now < end);
        return n / ((now - start) / 1e9);
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static KeyPair keys(String algorithm, int size) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (size > 0) {
            generator.initialize(size);
        }
        return generator.generateKeyPair();
    }
}
