package org.edgeauth.deploycheck;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;

/**
 * The configuration a service pod is given: the application.properties overlay mounted at /work/config and its
 * environment, with {@code ${NAME}} expressions resolved from that environment as SmallRye Config would.
 */
final class ConfigOverlay {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final Properties properties;
    private final Map<String, String> environment;

    private ConfigOverlay(Properties properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    static ConfigOverlay of(Manifests manifests, Manifests.Workload workload) {
        Container container = workload.template().getSpec().getContainers().get(0);
        String volume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/work/config"))
                .findFirst().orElseThrow(() -> new AssertionError(workload + " mounts no /work/config")).getName();
        String configMap = workload.template().getSpec().getVolumes().stream().filter(v -> v.getName().equals(volume))
                .map(Volume::getConfigMap).findFirst().orElseThrow().getName();
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(manifests.configValue(configMap, "application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigOverlay(properties, environment(manifests, container));
    }

    /** A property of the overlay with its expressions resolved; empty when the overlay does not set it. */
    Optional<String> property(String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(this::resolve);
    }

    String require(String key) {
        return property(key).orElseThrow(() -> new NoSuchElementException("the overlay does not set " + key));
    }

    /** Resolved properties under {@code prefix.}, keyed by the rest of the name. */
    Map<String, String> under(String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix + ".")) {
                found.put(key.substring(prefix.length() + 1), resolve(properties.getProperty(key)));
            }
        }
        return found;
    }

    /** An environment variable's value (literal or from a ConfigMap). */
    String env(String name) {
        String value = environment.get(name);
        if (value == null) {
            throw new NoSuchElementException("no environment variable " + name);
        }
        return value;
    }

    private String resolve(String value) {
        Matcher matcher = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = environment.containsKey(name) ? environment.get(name) : properties.getProperty(name);
            if (replacement == null) {
                throw new NoSuchElementException("${" + name + "} in '" + value + "' resolves to nothing");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(resolve(replacement)));
        }
        return matcher.appendTail(out).toString();
    }

    private static Map<String, String> environment(Manifests manifests, Container container) {
        Map<String, String> environment = new HashMap<>();
        if (container.getEnvFrom() != null) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null) {
                    environment.putAll(manifests.get(ConfigMap.class, source.getConfigMapRef().getName()).getData());
                }
            }
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                environment.put(variable.getName(), variable.getValue());
            } else if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = variable.getValueFrom().getConfigMapKeyRef();
                environment.put(variable.getName(), manifests.configValue(ref.getName(), ref.getKey()));
            }
        }
        return environment;
    }
}
