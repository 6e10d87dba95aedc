import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { issuedGiayKhenDecision } from './support/decision-setup';
import { pdfsig } from './support/seal';
import { getJson, postJson, signIn, unitIds } from './support/workflow-api';

// "Ký bằng chữ ký số cá nhân (USB token)": the console hands the server's prepared files to the
// national CA's plug-in (the `vgca_sign_file` global its script defines). Here a stand-in plug-in
// is injected: the page's global calls a Node function that, like the real local service,
// downloads the prepared file by its URL (no session cookie), signs the byte ranges with a
// throwaway personal certificate (openssl cms -cades, not the server's signing code), writes
// /Contents and uploads the signed copy as a multipart form to the upload handler.

const SIGNER = 'Tạ Quang Vinh';

function openssl(args: string[], cwd: string) {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A throwaway CA and the signer's personal certificate (CN = the person's name), as on a token. */
function personalCertificate(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-e2e-token-'));
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2']
      .concat(['-subj', '/C=VN/CN=CA thu nghiem token', '-addext', 'basicConstraints=critical,CA:TRUE'])
      .concat(['-addext', 'keyUsage=critical,keyCertSign']),
    dir,
  );
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-utf8'].concat([
      '-subj',
      `/C=VN/CN=${name}`,
    ]),
    dir,
  );
  fs.writeFileSync(path.join(dir, 'leaf.ext'), 'keyUsage=critical,digitalSignature,nonRepudiation\n');
  openssl(
    ['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'].concat([
      '-days',
      '2',
      '-sha256',
      '-extfile',
      'leaf.ext',
      '-out',
      'leaf.pem',
    ]),
    dir,
  );
  return dir;
}

/** What the token does to a prepared file: a CAdES signature over its byte ranges, in /Contents. */
function signPrepared(prepared: Buffer, dir: string): Buffer {
  const ranges = [
    ...prepared.toString('latin1').matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g),
  ];
  const [a, b, c, d] = (ranges.at(-1) ?? []).slice(1, 5).map(Number) as [number, number, number, number];
  fs.writeFileSync(
    path.join(dir, 'content.bin'),
    Buffer.concat([prepared.subarray(a, a + b), prepared.subarray(c, c + d)]),
  );
  openssl(
    ['cms', '-sign', '-binary', '-cades', '-md', 'sha256', '-nosmimecap', '-in', 'content.bin']
      .concat(['-signer', 'leaf.pem', '-inkey', 'leaf.key', '-certfile', 'ca.pem', '-outform', 'DER'])
      .concat(['-out', 'signature.der']),
    dir,
  );
  const hex = fs.readFileSync(path.join(dir, 'signature.der')).toString('hex');
  const signed = Buffer.from(prepared);
  signed.write(hex.padEnd(c - b - 2, '0'), b + 1, 'latin1');
  return signed;
}

/** Injects the stand-in plug-in: `vgca_sign_file(json, callback)` as the public examples call it. */
async function installStandInPlugin(page: Page, certificateDir: string) {
  await page.exposeFunction('__vgcaStandIn', async (json: string) => {
    const params = JSON.parse(json) as { FileName: string; FileUploadHandler: string; SessionId: string };
    const prepared = Buffer.from(await (await fetch(params.FileName)).arrayBuffer());
    const form = new FormData();
    form.append(
      'uploadfile',
      new Blob([new Uint8Array(signPrepared(prepared, certificateDir))]),
      'signed.pdf',
    );
    const res = await fetch(params.FileUploadHandler, { method: 'POST', body: form });
    const body = (await res.json()) as { error?: { message: string } };
    return JSON.stringify(
      res.ok
        ? { Status: 0, Message: '', FileName: params.FileName, FileServer: params.FileUploadHandler }
        : { Status: 1, Message: body.error?.message ?? String(res.status) },
    );
  });
  await page.addInitScript(() => {
    const w = globalThis as unknown as {
      __vgcaStandIn: (json: string) => Promise<string>;
      vgca_sign_file: (json: string, callback: (answer: string) => void) => void;
    };
    w.vgca_sign_file = (json, callback) => {
      void w.__vgcaStandIn(json).then(callback);
    };
  });
}

/** Links the Sở's director (the decision's signer) to a person of that name, as the signer model asks. */
async function linkDirectorToPerson(page: Page) {
  await signIn(page, 'lanhdao.sogd');
  const director = await getJson<{ user: { id: string } }>(page, '/api/auth/me');
  await signIn(page, 'quantri');
  const person = await postJson<{ id: string }>(page, '/api/people', {
    fullName: SIGNER,
    gender: 'NAM',
    unitId: (await unitIds(page)).SGDDT,
  });
  const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
  const res = await page.request.patch(`/api/users/${director.user.id}`, {
    data: { personId: person.id },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(res.ok(), await res.text()).toBeTruthy();
}

test('lãnh đạo ký quyết định bằng USB token của mình qua phần mềm ký số; không có phần mềm thì được báo rõ', async ({
  page,
}) => {
  const decision = await issuedGiayKhenDecision(page, ['Lò Thị Token', 'Vàng Văn Khóa']);
  await linkDirectorToPerson(page);
  await signIn(page, 'lanhdao.sogd');

  // Without the plug-in on this computer: a clear Vietnamese message, nothing signed.
  await page.goto(`/ho-so-de-nghi/${decision.proposalId}`);
  const panel = page.getByTestId('decision-signature');
  await expect(panel).toHaveAttribute('data-signed', 'false');
  await panel.getByTestId('sign-decision-token').click();
  await expect(page.getByRole('dialog')).toContainText('USB token');
  await page.getByTestId('sign-decision-token-confirm').click();
  await expect(panel.getByTestId('signature-failure')).toHaveAttribute('data-code', 'TOKEN_PLUGIN_MISSING');
  await expect(panel.getByTestId('sign-error')).toContainText(
    'Không tìm thấy phần mềm ký số của Ban Cơ yếu Chính phủ',
  );
  await expect(panel).toHaveAttribute('data-signed', 'false');

  // With the (stand-in) plug-in: the director's own certificate signs both files.
  const certificateDir = personalCertificate(SIGNER);
  try {
    await installStandInPlugin(page, certificateDir);
    await page.reload();
    await panel.getByTestId('sign-decision-token').click();
    await page.getByTestId('sign-decision-token-confirm').click();
    await expect(panel).toHaveAttribute('data-signed', 'true', { timeout: 30_000 });
    const status = panel.getByTestId('signature-status');
    await expect(status).toHaveAttribute('data-method', 'TOKEN');
    await expect(status).toContainText(`Ký bởi ${SIGNER} lúc`);
    await expect(status).toContainText('chữ ký số cá nhân');
    await expect(status.getByTestId('signed-DECISION')).toHaveAttribute('data-status', 'VALID');
    await expect(status.getByTestId('signed-CERTIFICATES')).toHaveAttribute('data-status', 'VALID');

    const res = await page.request.get(`/api/decisions/${decision.id}/documents/quyet-dinh.pdf`);
    const report = pdfsig(await res.body());
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain(SIGNER);
  } finally {
    fs.rmSync(certificateDir, { recursive: true, force: true });
  }
});
