package org.edgeauth.ees.http;

import java.util.List;

import org.edgeauth.contract.problem.InvalidParam;
import org.edgeauth.contract.problem.ProblemCause;

/** A request to the EES's own API that it refuses itself; leaves as ProblemDetails. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String cause;
    private final List<InvalidParam> invalidParams;

    private ProblemException(int status, String cause, String detail, List<InvalidParam> invalidParams) {
        super(detail, null, false, false); // an expected outcome: no stack trace
        this.status = status;
        this.cause = cause;
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** 400 naming the bad parameter. */
    public static ProblemException invalid(String param, String reason) {
        return new ProblemException(400, ProblemCause.INVALID_REQUEST, "the request has invalid parameters",
                List.of(new InvalidParam(param, reason)));
    }

    public int status() {
        return status;
    }

    public String cause() {
        return cause;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
