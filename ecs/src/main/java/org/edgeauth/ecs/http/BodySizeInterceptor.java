package org.edgeauth.ecs.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/** Applies {@link BodySizeLimit} to every body as it is read, whatever the client declared. */
@Provider
public class BodySizeInterceptor implements ReaderInterceptor {

    private final BodySizeLimit limit;

    BodySizeInterceptor(BodySizeLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new ByteArrayInputStream(limit.read(context.getInputStream())));
        return context.proceed();
    }
}
