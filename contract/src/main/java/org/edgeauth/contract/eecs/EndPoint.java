package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.558 EndPoint: where an EES (or EAS) is reached. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ExactlyOneAddress
public record EndPoint(
        @Size(max = 2048) @Pattern(regexp = Formats.ABSOLUTE_URI) String uri,
        @Size(min = Formats.FQDN_MIN, max = Formats.FQDN_MAX) @Pattern(regexp = Formats.FQDN) String fqdn,
        @Size(min = 1) List<@NotNull @Pattern(regexp = Formats.IPV4) String> ipv4Addrs,
        @Size(min = 1) List<@NotNull @Pattern(regexp = Formats.IPV6_GROUPS) @Pattern(regexp = Formats.IPV6_SHAPE) String> ipv6Addrs) {

    public static EndPoint ofUri(String uri) {
        return new EndPoint(uri, null, null, null);
    }

    public static EndPoint ofFqdn(String fqdn) {
        return new EndPoint(null, fqdn, null, null);
    }
}
