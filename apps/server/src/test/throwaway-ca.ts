import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../db/client';
import { documentSettings } from '../db/schema/index';
import { TEST_SIGNING_DIR, TEST_SIGNING_PASSWORD } from './test-config';

// A throwaway certificate authority made with openssl for the signing tests: a root CA, a leaf
// for the tenant's seal (organisation name in CN), and the leaf with its chain in a PKCS#12 file
// under a password, as a CA would hand it to the province.

export type ThrowawayCa = {
  dir: string;
  caCertPem: string;
  /** The seal's .p12 (key, leaf certificate and the CA certificate). */
  p12File: string;
  password: string;
  /** Another identity from the same CA (someone else's certificate). */
  otherP12File: string;
  cleanup(): void;
};

export function openssl(args: string[], cwd: string) {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function leaf(dir: string, name: string, cn: string, password: string) {
  openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-subj',
      `/C=VN/O=${cn}/CN=${cn}`,
      '-out',
      `${name}.csr`,
      '-utf8',
    ],
    dir,
  );
  fs.writeFileSync(
    path.join(dir, `${name}.ext`),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '30',
      '-sha256',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    ],
    dir,
  );
  openssl(
    [
      'pkcs12',
      '-export',
      '-inkey',
      `${name}.key`,
      '-in',
      `${name}.pem`,
      '-certfile',
      'ca.pem',
      '-out',
      `${name}.p12`,
      '-passout',
      `pass:${password}`,
    ],
    dir,
  );
  return path.join(dir, `${name}.p12`);
}

/** A self-signed root (ca.key, ca.pem in `dir`) for the signing and the mutual-TLS tests alike. */
export function makeRootCa(dir: string, subject: string, days: number): void {
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem'].concat([
      '-days',
      String(days),
      '-subj',
      subject,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]),
    dir,
  );
}

export function throwawayCa(sealName = 'UBND tỉnh Sơn Hà'): ThrowawayCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-ca-'));
  const password = TEST_SIGNING_PASSWORD;
  makeRootCa(dir, '/C=VN/O=CA thu nghiem/CN=CA thu nghiem Vinh Danh', 30);
  const p12File = leaf(dir, 'seal', sealName, password);
  const otherP12File = leaf(dir, 'other', 'Nguoi ky khac', password);
  return {
    dir,
    caCertPem: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    p12File,
    password,
    otherP12File,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const personal = new Map<string, string>();

/**
 * A person's own certificate from the shared throwaway CA, as a token would hold it (CN = the
 * person's name): for signing on the signer's own token in tests. One .p12 per name and process.
 */
export function personalP12(name: string): string {
  const ca = sharedTestCa();
  let file = personal.get(name);
  if (!file) {
    file = leaf(ca.dir, `person-${personal.size + 1}`, name, ca.password);
    personal.set(name, file);
  }
  return file;
}

/** Poppler's pdfsig on a PDF: its report (it exits non-zero on an invalid signature). */
export function pdfsig(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-sig-'));
  const file = path.join(dir, 'signed.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A copy with one byte changed inside the signed range: a letter of pdfkit's Producer string
 * ("(PDFKit)" → "(PDFKis)"), so the file still parses and only the signature can tell.
 */
export function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('(PDFKit)');
  if (at < 0) throw new Error('no Producer string to change in the PDF');
  copy[at + 6] = 's'.charCodeAt(0);
  return copy;
}

let shared: ThrowawayCa | undefined;

/** One throwaway CA per test process (removed when the process exits). */
export function sharedTestCa(): ThrowawayCa {
  if (!shared) {
    const ca = throwawayCa();
    shared = ca;
    process.once('exit', () => ca.cleanup());
  }
  return shared;
}

/**
 * Gives the tenant a seal certificate for server signing: the shared CA's .p12 copied into the
 * test signing directory (one file per process) and named in the tenant's document settings.
 */
export async function ensureTestSeal(db: Db, tenantId: string): Promise<ThrowawayCa> {
  const ca = sharedTestCa();
  const name = `con-dau-${process.pid}.p12`;
  const target = path.join(TEST_SIGNING_DIR, name);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(TEST_SIGNING_DIR, { recursive: true });
    fs.copyFileSync(ca.p12File, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
  }
  await db
    .insert(documentSettings)
    .values({ tenantId, signingCertificateFile: name })
    .onConflictDoUpdate({ target: documentSettings.tenantId, set: { signingCertificateFile: name } });
  return ca;
}
