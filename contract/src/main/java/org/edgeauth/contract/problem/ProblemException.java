package org.edgeauth.contract.problem;

import java.util.List;

/** A request refused for a reason other than access control; the service turns it into a ProblemDetails response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String cause;
    private final List<InvalidParam> invalidParams;

    public ProblemException(int status, String cause, String detail, List<InvalidParam> invalidParams) {
        super(detail, null, false, false); // an expected outcome: no stack trace
        this.status = status;
        this.cause = cause;
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** 400 naming each bad field or parameter. */
    public static ProblemException invalid(List<InvalidParam> params) {
        return new ProblemException(400, ProblemCause.INVALID_REQUEST, "the request has invalid parameters", params);
    }

    public static ProblemException invalid(String param, String reason) {
        return invalid(List.of(new InvalidParam(param, reason)));
    }

    public static ProblemException notFound(String cause, String detail) {
        return new ProblemException(404, cause, detail, List.of());
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
