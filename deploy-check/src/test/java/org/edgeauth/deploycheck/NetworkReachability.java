package org.edgeauth.deploycheck;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates Kubernetes NetworkPolicy semantics for pod-to-pod TCP/UDP connections, so the checks can state the
 * intended communication matrix ("may the ECS open port 6379 on Redis?") instead of pattern-matching YAML.
 * A connection is allowed when the caller's egress AND the callee's ingress allow it; a pod no policy of a
 * direction selects is open in that direction. ipBlock peers match no pod (they are for off-cluster addresses).
 */
final class NetworkReachability {

    /** A pod: its namespace (and that namespace's labels), its labels, its named container ports. */
    record Pod(String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
            List<ContainerPort> ports) {

        static Pod in(String namespace, Map<String, String> labels, List<ContainerPort> ports) {
            return new Pod(namespace, Map.of("kubernetes.io/metadata.name", namespace), labels, ports);
        }

        @Override
        public String toString() {
            return namespace + "/" + labels;
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkReachability(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    boolean allows(Pod from, Pod to, String protocol, int port) {
        return egressAllows(from, to, protocol, port) && ingressAllows(from, to, protocol, port);
    }

    private boolean egressAllows(Pod from, Pod to, String protocol, int port) {
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to, from.namespace())
                        && portsMatch(rule.getPorts(), to, protocol, port));
    }

    private boolean ingressAllows(Pod from, Pod to, String protocol, int port) {
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from, to.namespace())
                        && portsMatch(rule.getPorts(), to, protocol, port));
    }

    private List<NetworkPolicy> selecting(Pod pod, String direction) {
        return policies.stream()
                .filter(p -> Objects.equals(p.getMetadata().getNamespace(), pod.namespace()))
                .filter(p -> types(p).contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    /** policyTypes default: Ingress, plus Egress when egress rules are present. */
    private static List<String> types(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        return policy.getSpec().getEgress() == null || policy.getSpec().getEgress().isEmpty()
                ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    /** No peers listed: everyone. Otherwise any one peer; a bare podSelector means the policy's namespace. */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod, String policyNamespace) {
        return peers == null || peers.isEmpty() || peers.stream().anyMatch(peer -> peerMatches(peer, pod,
                policyNamespace));
    }

    private static boolean peerMatches(NetworkPolicyPeer peer, Pod pod, String policyNamespace) {
        if (peer.getIpBlock() != null) {
            return false;
        }
        boolean namespaceOk = peer.getNamespaceSelector() == null
                ? pod.namespace().equals(policyNamespace)
                : matches(peer.getNamespaceSelector(), pod.namespaceLabels());
        boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
        return namespaceOk && podOk;
    }

    /** No ports listed: all ports. A named port is looked up among the destination pod's container ports. */
    private static boolean portsMatch(List<NetworkPolicyPort> ports, Pod destination, String protocol, int port) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> {
            String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            return ruleProtocol.equals(protocol) && portNumber(p.getPort(), destination, protocol) == port;
        });
    }

    private static int portNumber(IntOrString port, Pod destination, String protocol) {
        if (port == null) {
            throw new IllegalArgumentException("a NetworkPolicy port without a number is not used here");
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return destination.ports().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .filter(p -> protocol.equals(p.getProtocol() == null ? "TCP" : p.getProtocol()))
                .mapToInt(ContainerPort::getContainerPort).findFirst().orElse(-1);
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchLabels() != null && !selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        return selector.getMatchExpressions() == null
                || selector.getMatchExpressions().stream().allMatch(r -> matches(r, labels));
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("unknown selector operator " + requirement.getOperator());
        };
    }
}
