package org.edgeauth.ecs.http;

import java.util.Locale;

import org.edgeauth.contract.problem.ProblemException;
import org.edgeauth.ecs.security.AccessDeniedException;

/**
 * The {@code outcome} tag of an API operation's metrics: {@code success}, or the ProblemDetails cause the caller
 * got, lower case ({@code registration_not_found}, {@code not_owner}, {@code store_unavailable}, ...), so the
 * metrics speak the same vocabulary as the answers. The set of causes is fixed, so the tag's cardinality is too.
 */
public final class OutcomeTag {

    public static final String SUCCESS = "success";
    /** Anything that is not a ProblemDetails answer: a 500. */
    public static final String ERROR = "error";

    private OutcomeTag() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof ProblemException problem && problem.cause() != null) {
            return problem.cause().toLowerCase(Locale.ROOT);
        }
        if (failure instanceof AccessDeniedException denied) {
            return denied.denial().cause().toLowerCase(Locale.ROOT);
        }
        return ERROR;
    }
}
