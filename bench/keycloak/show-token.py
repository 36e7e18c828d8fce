#!/usr/bin/env python3
"""Decodes one token endpoint response (JSON on stdin) without trusting it: prints the JWS header (alg, kid), the
claims a resource server relies on, the token's size, and whether cnf.x5t#S256 (RFC 8705 3.1) is the SHA-256
thumbprint of the client certificate the token was asked with. Exit 1 when the token is not certificate-bound.

  curl ... | show-token.py CLIENT_CERT_PEM
"""
import base64
import hashlib
import json
import ssl
import sys


def b64url_json(part):
    return json.loads(base64.urlsafe_b64decode(part + '=' * (-len(part) % 4)))


def main(cert_pem):
    response = json.load(sys.stdin)
    token = response['access_token']
    header_part, payload_part, _ = token.split('.')
    header, claims = b64url_json(header_part), b64url_json(payload_part)
    with open(cert_pem, encoding='ascii') as f:
        der = ssl.PEM_cert_to_DER_cert(f.read())
    thumbprint = base64.urlsafe_b64encode(hashlib.sha256(der).digest()).rstrip(b'=').decode()
    bound = claims.get('cnf', {}).get('x5t#S256')
    print('  header: alg=%s typ=%s kid=%s' % (header.get('alg'), header.get('typ'), header.get('kid')))
    print('  claims: %s' % ', '.join(sorted(claims)))
    print('  sub=%s aud=%s scope=%r lifetime=%ss azp/client_id=%s' % (
        claims.get('sub'), claims.get('aud'), claims.get('scope'), claims.get('exp', 0) - claims.get('iat', 0),
        claims.get('azp', claims.get('client_id'))))
    print('  cnf.x5t#S256=%s: %s' % (bound, 'matches the client certificate' if bound == thumbprint
                                     else 'DOES NOT match the client certificate ' + thumbprint))
    print('  token %d bytes, response %s' % (len(token), {k: v for k, v in response.items() if k != 'access_token'}))
    sys.exit(0 if bound == thumbprint else 1)


if __name__ == '__main__':
    main(sys.argv[1])
