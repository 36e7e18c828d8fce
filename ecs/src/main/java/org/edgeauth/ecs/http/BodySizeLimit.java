package org.edgeauth.ecs.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.edgeauth.contract.problem.ProblemException;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.config.EcsConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * 413 for a request body above {@code edgeauth.ecs.max-body-size}, after the access checks (an unauthorized
 * caller learns nothing): a declared Content-Length is refused before anything is read; a body sent without one
 * (chunked, or HTTP/2 without the header) is counted as it is read ({@link BodySizeInterceptor}). The HTTP
 * layer's own, larger limit ({@code quarkus.http.limits.max-body-size}) remains the transport's last guard.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(EcsConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHORIZATION + 1)
    public void checkDeclaredLength(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(HttpHeaders.CONTENT_LENGTH, "not a number");
        }
        if (length > maxBytes) {
            throw tooLarge();
        }
    }

    /** Reads the whole body, refusing it as soon as it passes the limit. */
    byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(Math.toIntExact(maxBytes) + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, ProblemCause.PAYLOAD_TOO_LARGE,
                "request body larger than " + maxBytes + " bytes", List.of());
    }
}
