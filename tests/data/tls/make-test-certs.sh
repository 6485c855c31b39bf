#!/bin/sh
# TEST-ONLY TLS material for roer-sandbox tests. Never use these keys for anything real:
# the private keys are public in this repository.
#   ca.pem / ca.key                 "Roer TEST CA (do not trust)"
#   server.pem / server.key         127.0.0.1, ::1 and localhost, signed by the test CA
#   selfsigned.pem / selfsigned.key the same names, self-signed, NOT from the CA (must be refused)
# Run once from this folder: sh make-test-certs.sh   (needs the openssl command line tool)
set -eu
days=9000
cat > ext.cnf <<'CNF'
[ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, IP:::1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days "$days" -sha256 \
    -subj "/O=Roer tests/CN=Roer TEST CA (do not trust)" -config /dev/null -extensions ca -extfile ext.cnf 2>/dev/null \
 || openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days "$days" -sha256 \
    -subj "/O=Roer tests/CN=Roer TEST CA (do not trust)" -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/O=Roer tests/CN=127.0.0.1"
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days "$days" -sha256 \
    -extfile ext.cnf -extensions server
openssl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem -days "$days" -sha256 \
    -subj "/O=Roer tests/CN=127.0.0.1 (self-signed, untrusted)" \
    -addext "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost" -addext "extendedKeyUsage=serverAuth"
rm -f server.csr ca.srl ext.cnf
openssl verify -CAfile ca.pem server.pem
