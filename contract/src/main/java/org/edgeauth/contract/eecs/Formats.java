package org.edgeauth.contract.eecs;

/**
 * Value formats of the EDGE-6 wire types, as Bean Validation patterns. Patterns of TS 29.571 / TS 29.122 common
 * data types are copied byte for byte; where the standard leaves a string free, the EdgeAuth profile says so.
 */
public final class Formats {

    /** TS 29.571 Fqdn (length 4-253 is checked separately). */
    public static final String FQDN = "^([0-9A-Za-z]([-0-9A-Za-z]{0,61}[0-9A-Za-z])?\\.)+[A-Za-z]{2,63}\\.?$";
    public static final int FQDN_MIN = 4;
    public static final int FQDN_MAX = 253;

    /** TS 29.571 Ipv4Addr. */
    public static final String IPV4 = "^(([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\\.){3}"
            + "([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$";
    /** TS 29.571 Ipv6Addr: both patterns must hold (3GPP writes IPv6 addresses in lower case, RFC 5952). */
    public static final String IPV6_GROUPS = "^((:|(0?|([1-9a-f][0-9a-f]{0,3}))):)((0?|([1-9a-f][0-9a-f]{0,3})):){0,6}"
            + "(:|(0?|([1-9a-f][0-9a-f]{0,3})))$";
    public static final String IPV6_SHAPE = "^((([^:]+:){7}([^:]+))|((([^:]+:)*[^:]+)?::(([^:]+:)*[^:]+)?))$";

    /** An absolute URI with a scheme and an authority (TS 29.122 Uri is free text; profile: absolute only). */
    public static final String ABSOLUTE_URI = "^[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#]+[^\\s]*$";

    /**
     * TS 29.571 Dnai is an operator-chosen string. Profile: 1-64 characters of letters, digits, '.', '-', '_',
     * starting with a letter or digit.
     */
    public static final String DNAI = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    /** TS 29.571 Dnn is a TS 23.003 APN network identifier: dot-separated labels. */
    public static final String DNN = "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$";
    public static final int DNN_MAX = 100;

    /** TS 29.571 Gpsi. */
    public static final String GPSI = "^(msisdn-[0-9]{5,15}|extid-[^@]+@[^@]+)$";
    /** TS 29.571 SupportedFeatures. */
    public static final String SUPPORTED_FEATURES = "^[A-Fa-f0-9]*$";

    public static final String MCC = "^\\d{3}$";
    public static final String MNC = "^\\d{2,3}$";
    public static final String TAC = "(^[A-Fa-f0-9]{4}$)|(^[A-Fa-f0-9]{6}$)";
    public static final String NR_CELL_ID = "^[A-Fa-f0-9]{9}$";
    public static final String EUTRA_CELL_ID = "^[A-Fa-f0-9]{7}$";
    public static final String NID = "^[A-Fa-f0-9]{11}$";
    public static final String SD = "^[A-Fa-f0-9]{6}$";

    /** Identifiers that are free strings in TS 29.558 (EAS ids, ECSP id): profile bound on length. */
    public static final int IDENTIFIER_MAX = 256;

    private Formats() {
    }
}
