package org.edgeauth.ecs.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.edgeauth.contract.security.CertificateIdentity;

/**
 * The caller of the current request, as {@link AccessFilter} established it. Resources and services read it;
 * reading it when the filter did not admit the request is a programming error and fails (closed).
 */
@RequestScoped
public class CurrentCaller {

    private CertificateIdentity presented;
    private Caller admitted;

    void presented(CertificateIdentity identity) {
        this.presented = identity;
    }

    void admitted(Caller caller) {
        this.admitted = caller;
    }

    public Caller get() {
        if (admitted == null) {
            throw new IllegalStateException("request reached the API without passing the access checks");
        }
        return admitted;
    }

    /** For logs: who presented a certificate, even when the request was refused. */
    Optional<String> presentedLabel() {
        return Optional.ofNullable(presented).map(CertificateIdentity::label);
    }
}
