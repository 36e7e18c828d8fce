package org.edgeauth.contract.eecs;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Bounds on the JSON an EdgeAuth service reads from a peer: far above what the wire types need, far below
 * Jackson's own defaults (nesting depth in the hundreds, strings of millions of characters, names of 50 000).
 * <p>
 * A bean of this (CDI-indexed) module, so it applies itself to the ObjectMapper of every service: the ECS's
 * request bodies and {@code ue-location} parameter, the EES's answers from the ECS and its own callers' queries.
 * A document past a bound is refused while it is parsed, before any of it is mapped or stored. One caveat of
 * Jackson's: a string or number inside an ignored (unknown) attribute is skipped unmeasured; the request body
 * limit bounds those.
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    /**
     * The deepest EDGE-6 document (EESRegistration, eesProf, svcArea, geoServAr, geoArs[], pointList[], a point)
     * nests 8 levels; unknown attributes (tolerated, TS 29.558 extensibility) get room to nest a few more.
     */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longer than any URI, FQDN (253) or identifier of the wire types. */
    public static final int MAX_STRING_LENGTH = 16 * 1024;
    /** Digits of one number: coordinates and counters need a few dozen at most. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Property names of the wire types are short words. */
    public static final int MAX_NAME_LENGTH = 256;

    public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(CONSTRAINTS);
    }
}
