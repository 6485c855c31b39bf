#!/bin/sh
# TEST-ONLY TLS material for the hostile-retailer campaign (tests/hardening), signed by the
# existing test CA (ca.pem / ca.key from make-test-certs.sh). Never use these for anything real.
#   wronghost.pem / wronghost.key   signed by the test CA, but only for shop.example: served
#                                   on 127.0.0.1 the name does not match (must be refused)
#   expired.pem / expired.key       signed by the test CA for 127.0.0.1, ::1 and localhost,
#                                   valid in January 2020 only (must be refused)
# Run once from this folder: sh make-hostile-certs.sh   (needs the openssl command line tool)
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/ext.cnf" <<'CNF'
[wronghost]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:shop.example
[expired]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, IP:::1, DNS:localhost
CNF
openssl req -newkey rsa:2048 -nodes -keyout wronghost.key -out "$work/wronghost.csr" \
    -subj "/O=Roer tests/CN=shop.example (wrong name for 127.0.0.1)"
openssl x509 -req -in "$work/wronghost.csr" -CA ca.pem -CAkey ca.key -set_serial 4097 \
    -out wronghost.pem -days 9000 -sha256 -extfile "$work/ext.cnf" -extensions wronghost
# `openssl ca` is the one command that takes explicit start and end dates.
mkdir -p "$work/db/new"
: > "$work/db/index.txt"
echo 1001 > "$work/db/serial"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $work/db
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = any
copy_extensions = none
[any]
organizationName = optional
commonName = supplied
CNF
openssl req -newkey rsa:2048 -nodes -keyout expired.key -out "$work/expired.csr" \
    -subj "/O=Roer tests/CN=127.0.0.1 (expired)"
openssl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile ca.key -in "$work/expired.csr" \
    -out expired.pem -notext -startdate 20200101000000Z -enddate 20200201000000Z \
    -extfile "$work/ext.cnf" -extensions expired
openssl verify -CAfile ca.pem wronghost.pem
openssl verify -CAfile ca.pem expired.pem || echo "expired.pem: refused, as it must be"
