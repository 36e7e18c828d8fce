package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** The unknown-field check itself: it must see the mistakes fabric8 silently tolerates. */
class UnknownFieldsTest {

    @Test
    void findsMisspeltAndMisplacedFieldsAnywhereInTheTree() {
        HasMetadata deployment = Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                  lables: {a: b}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      readOnlyRootFilesystem: true
                      containers:
                        - name: x
                          image: x:1
                          readinessProbes: {}
                          resources: {limits: {memory: 1Gi}}
                """).get(0);

        assertEquals(List.of("metadata.lables", "spec.template.spec.containers[0].readinessProbes",
                "spec.template.spec.readOnlyRootFilesystem"), UnknownFields.in(deployment).stream().sorted().toList());
    }

    @Test
    void acceptsAWellFormedObject() {
        HasMetadata service = Manifests.parse("""
                apiVersion: v1
                kind: Service
                metadata: {name: x, labels: {a: b}}
                spec:
                  selector: {a: b}
                  ports: [{name: https, port: 8443, targetPort: https}]
                """).get(0);

        assertEquals(List.of(), UnknownFields.in(service));
    }

    @Test
    void certManagerFieldListCatchesTyposAndBadValues() {
        GenericKubernetesResource certificate = (GenericKubernetesResource) Manifests.parse("""
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: x}
                spec:
                  secretName: x
                  dnsName: [a]
                  usages: [server auth, client-auth]
                  privateKey: {algorithm: EC, size: 256}
                  issuerRef: {name: ca, kind: Issuer}
                """).get(0);

        assertEquals(List.of("spec.privateKey.algorithm: EC is not one of [ECDSA, Ed25519, RSA]",
                "unknown field spec.dnsName", "unknown usage client-auth"),
                CertManagerFields.problems(certificate).stream().sorted().toList());
    }
}
