#!/usr/bin/env python3
"""Writes the Keycloak realm import for the peer benchmark: realm.json beside this file, plus one confidential
client per load-test EES identity (client.json filled in), authenticated by tls_client_auth (RFC 8705 2.1.1): the
client's expected subject DN is read from the identity's own certificate, so only that EES can get its tokens.

  realm.py PKI_DIR COUNT > realm-edgeauth.json      (clients for the first COUNT identities of PKI_DIR/load)
"""
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def subject_dn(cert):
    # RFC 2253 form, as Keycloak compares it (X500Principal) with the certificate the client presents.
    out = subprocess.run(['openssl', 'x509', '-in', str(cert), '-noout', '-subject', '-nameopt', 'RFC2253'],
                         check=True, capture_output=True, text=True).stdout
    return out.strip().removeprefix('subject=')


def main(pki_dir, count):
    load = pathlib.Path(pki_dir) / 'load'
    identities = json.loads((load / 'identities.json').read_text())['identities'][:count]
    realm = json.loads((HERE / 'realm.json').read_text())
    template = (HERE / 'client.json').read_text()
    for identity in identities:
        client = (template.replace('@CLIENT_ID@', identity['instanceId'])
                  .replace('@NAME@', identity['name'])
                  .replace('@SUBJECT_DN@', subject_dn(load / identity['files']['crt'])))
        realm['clients'].append(json.loads(client))
    json.dump(realm, sys.stdout, indent=1)


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]))
