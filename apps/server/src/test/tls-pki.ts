import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRootCa, openssl } from './throwaway-ca';

// A throwaway certificate authority for mutual TLS tests, made with openssl: a server certificate
// for 127.0.0.1 and client certificates, each a PEM key and certificate, plus the SHA-256 of the
// certificate's DER (how the exchange inbox names a connected tenant).

export type TlsPair = { key: string; cert: string; sha256: string };

export function throwawayTlsCa(name = 'CA TLS thu nghiem') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-tls-'));
  makeRootCa(dir, `/CN=${name}`, 2);
  let n = 0;
  const issue = (cn: string, ext: string): TlsPair => {
    n += 1;
    const base = `leaf${n}`;
    openssl(
      [
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        `${base}.key`,
        '-subj',
        `/CN=${cn}`,
        '-out',
        `${base}.csr`,
      ],
      dir,
    );
    fs.writeFileSync(path.join(dir, `${base}.ext`), ext);
    openssl(
      ['x509', '-req', '-in', `${base}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'].concat([
        '-days',
        '2',
        '-sha256',
        '-extfile',
        `${base}.ext`,
        '-out',
        `${base}.pem`,
      ]),
      dir,
    );
    const cert = fs.readFileSync(path.join(dir, `${base}.pem`), 'utf8');
    return {
      key: fs.readFileSync(path.join(dir, `${base}.key`), 'utf8'),
      cert,
      sha256: createHash('sha256').update(new X509Certificate(cert).raw).digest('hex'),
    };
  };
  return {
    caPem: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    server: () => issue('127.0.0.1', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n'),
    client: (cn: string) => issue(cn, 'extendedKeyUsage=clientAuth\n'),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
