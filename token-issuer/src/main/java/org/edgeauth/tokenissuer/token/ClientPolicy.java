package org.edgeauth.tokenissuer.token;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.contract.security.TokenClaims;
import org.edgeauth.tokenissuer.config.IssuerConfig;

/**
 * Local authorization policy of TS 33.501 13.4.1.1.2: may this client have these scopes for that target?
 * Deny by default. When several entries admit a client, the most specific one decides alone (an exact eesId
 * beats a wildcard, a longer wildcard domain a shorter one; equal ones are taken in name order), so a narrow
 * entry can restrict a client that a broad wildcard would otherwise admit.
 */
@Singleton
public class ClientPolicy {

    /** TS 33.501 13.4.1.1: EES clients ask for ECS services; the target when a request names none. */
    static final String DEFAULT_TARGET_NF_TYPE = TokenClaims.NF_TYPE_ECS;

    private final List<PolicyEntry> entries;

    @Inject
    ClientPolicy(IssuerConfig config) {
        this(config.clients().entrySet().stream().map(ClientPolicy::entry).toList());
    }

    ClientPolicy(List<PolicyEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(PolicyEntry::name)).toList();
    }

    /**
     * @throws TokenRefusal {@code invalid_client} (unknown client, claims another NF type),
     *                      {@code unauthorized_client} (target not allowed), {@code invalid_scope}
     */
    public Grant authorize(CertificateIdentity client, TokenRequest request) {
        String eesId = client.eesId().orElseThrow(() -> TokenRefusal.of(OAuthError.INVALID_CLIENT,
                "client certificate names no EES ID (SAN dNSName)"));
        PolicyEntry entry = entryFor(eesId).orElseThrow(() -> TokenRefusal.of(OAuthError.INVALID_CLIENT,
                "client is not registered with this issuer"));
        if (request.nfType().isPresent() && !request.nfType().get().equals(entry.nfType())) {
            throw TokenRefusal.of(OAuthError.INVALID_CLIENT, "nfType does not match the client's NF type");
        }
        String target = request.targetNfType().orElse(DEFAULT_TARGET_NF_TYPE);
        if (!entry.targetNfTypes().contains(target)) {
            throw TokenRefusal.of(OAuthError.UNAUTHORIZED_CLIENT,
                    "client may not get tokens for targetNfType " + safe(target));
        }
        for (String scope : request.scopes()) {
            if (!entry.scopes().contains(scope)) {
                // scope names matched the scope pattern in the parser: safe to name
                throw TokenRefusal.of(OAuthError.INVALID_SCOPE, "scope " + scope + " is not allowed for this client");
            }
        }
        return new Grant(client, request.scopes(), target, request.targetNfInstanceId());
    }

    /** Every scope some entry can grant (RFC 8414 {@code scopes_supported}). */
    public SortedSet<String> grantableScopes() {
        return entries.stream().flatMap(e -> e.scopes().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    Optional<PolicyEntry> entryFor(String eesId) {
        PolicyEntry best = null;
        int bestSpecificity = -1;
        for (PolicyEntry entry : entries) {
            Optional<Integer> specificity = entry.match(eesId);
            if (specificity.isPresent() && specificity.get() > bestSpecificity) {
                best = entry;
                bestSpecificity = specificity.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static PolicyEntry entry(Map.Entry<String, IssuerConfig.ClientEntry> config) {
        IssuerConfig.ClientEntry c = config.getValue();
        return new PolicyEntry(config.getKey(), c.identity().stream().map(IdentityPattern::parse).toList(),
                c.nfType(), Set.copyOf(c.scopes()), Set.copyOf(c.targetNfTypes()));
    }

    /** Echo a request value only when it is a plain NF type name (RFC 6749 5.2 limits error_description). */
    private static String safe(String value) {
        return value.matches("[A-Za-z0-9_-]{1,32}") ? value : "(given)";
    }
}
