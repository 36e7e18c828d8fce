package org.edgeauth.ees.identity;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.edgeauth.contract.security.CertificateIdentity;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Makes the EES's own certificate the default source of its identity: {@code edgeauth.ees.instance-id} from the
 * SAN URI {@code urn:uuid:} and {@code edgeauth.ees.profile.ees-id} from the first SAN dNSName other than localhost
 * (the EdgeAuth certificate profile, spec-notes.md 1). The ECS and the token issuer read the same two values from
 * the certificate, so deriving them here means they cannot disagree, and one packaged jar serves every EES.
 * <p>
 * The ordinal sits below application.properties: a configured value wins, and {@link IdentityCheck} then insists
 * that it equals the certificate's.
 */
public class CertificateIdentitySource implements ConfigSourceFactory {

    static final String CERTIFICATE = "edgeauth.tls.cert";
    static final String INSTANCE_ID = "edgeauth.ees.instance-id";
    static final String EES_ID = "edgeauth.ees.profile.ees-id";
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue file = context.getValue(CERTIFICATE);
        if (file == null || file.getValue() == null) {
            return List.of();
        }
        Path path = Path.of(file.getValue());
        return OwnCertificate.identity(path)
                .<Iterable<ConfigSource>>map(identity -> List.of(new PropertiesConfigSource(properties(identity),
                        "EES identity from " + path, ORDINAL)))
                .orElse(List.of());
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static Map<String, String> properties(CertificateIdentity identity) {
        Map<String, String> properties = new HashMap<>();
        properties.put(INSTANCE_ID, identity.instanceId().toString());
        identity.eesId().ifPresent(eesId -> properties.put(EES_ID, eesId));
        return properties;
    }
}
