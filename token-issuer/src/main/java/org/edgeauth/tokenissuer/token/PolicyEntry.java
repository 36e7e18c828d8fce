package org.edgeauth.tokenissuer.token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One client policy entry: which eesIds, which NF type they are, which scopes for which target NF types. */
public record PolicyEntry(String name, List<IdentityPattern> identities, String nfType, Set<String> scopes,
        Set<String> targetNfTypes) {

    public PolicyEntry {
        if (identities.isEmpty() || scopes.isEmpty() || targetNfTypes.isEmpty()) {
            throw new IllegalArgumentException("client policy entry '" + name
                    + "' needs at least one identity, scope and target NF type");
        }
        for (String scope : scopes) {
            if (!TokenRequestParser.SCOPE_TOKEN.matcher(scope).matches()) {
                throw new IllegalArgumentException("client policy entry '" + name + "': malformed scope '" + scope + "'");
            }
        }
        identities = List.copyOf(identities);
        scopes = Set.copyOf(scopes);
        targetNfTypes = Set.copyOf(targetNfTypes);
    }

    /** The specificity of this entry's narrowest pattern that admits {@code eesId}. */
    Optional<Integer> match(String eesId) {
        return identities.stream().filter(p -> p.matches(eesId)).map(IdentityPattern::specificity)
                .max(Integer::compare);
    }
}
