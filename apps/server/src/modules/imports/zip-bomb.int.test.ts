import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { createFixture, TEST_PASSWORD } from '../../test/fixtures';
import { totpCode } from '../auth/totp';

// A 265 KB workbook whose ZIP headers lie about its sizes once grew the server by 1.5 GB, and three
// at once stalled /health. Here it goes to a real server process, whose memory we read from /proc.

const root = path.resolve(import.meta.dirname, '../../../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-bomb-'));
let server: ChildProcess | undefined;

/** A ZIP whose entries declare `declared` bytes each, whatever they inflate to. */
function zipWithFalseSizes(files: { name: string; data: Buffer }[], declared = 1_000): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const deflated = zlib.deflateRawSync(f.data, { level: 9 });
    const crc = zlib.crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A workbook whose shared-strings part inflates to 200 MB of short distinct-looking texts. */
function zipBomb(): Buffer {
  const si = Buffer.from('<si><t>Nguyễn Văn</t></si>');
  const strings = Buffer.concat([
    Buffer.from(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    ),
    Buffer.alloc(200 * 1024 * 1024, si),
    Buffer.from('</sst>'),
  ]);
  const sheet = Buffer.from(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
  );
  return zipWithFalseSizes([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        '<workbook xmlns:r="r"><sheets><sheet name="Khen thưởng" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/sharedStrings.xml', data: strings },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function login(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
    mfa: { enrolmentRequired: boolean };
  };
  // Administrators must enrol a second factor first; the spawned server runs on the real clock.
  if (me.mfa.enrolmentRequired) {
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken };
    const enrolment = (await (
      await fetch(`${base}/api/auth/mfa/enrolment`, { method: 'POST', headers, body: '{}' })
    ).json()) as { secret: string };
    const code = totpCode(enrolment.secret, Date.now());
    const enabled = await fetch(`${base}/api/auth/mfa/enable`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ code }),
    });
    expect(enabled.status).toBe(200);
  }
  return { cookie, csrf: me.csrfToken };
}

afterAll(() => {
  server?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('refuses a zip bomb with the server growing less than 200 MB, and /health answers during three', async () => {
  const bomb = zipBomb();
  expect(bomb.length).toBeLessThan(1024 * 1024);
  const database = await openDatabase({ dataDir });
  await database.migrate();
  const fx = await createFixture(database.db);
  await database.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Node itself with tsx's loader, so that the pid we measure is the server's.
  server = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'apps/server/src/cli/main.ts'), 'serve'],
    {
      cwd: root,
      env: { ...process.env, PORT: String(port), VINHDANH_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: 'ignore',
    },
  );
  const pid = server.pid!;
  for (let i = 0; i < 1200; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const sessions = [
    await login(base, fx.users.UNIT_OFFICER),
    await login(base, fx.users.TENANT_ADMIN),
    await login(base, fx.users.SYSTEM_ADMIN),
  ];
  const upload = (s: { cookie: string; csrf: string }) =>
    fetch(`${base}/api/imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      body: JSON.stringify({
        kind: 'awards',
        fileName: 'khen-thuong.xlsx',
        contentBase64: bomb.toString('base64'),
      }),
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { error: { code: string; message: string } },
    }));

  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  const one = await upload(sessions[0]!);
  clearInterval(sampler);
  expect(one.status).toBe(400);
  expect(['IMPORT_FILE_SUSPICIOUS', 'IMPORT_TOO_MUCH_MEMORY']).toContain(one.body.error.code);
  expect(one.body.error.message).toMatch(/Tệp/);
  expect(peak - before).toBeLessThan(200);

  // Three at once, and meanwhile the server still answers.
  const three = Promise.all(sessions.map(upload));
  await new Promise((r) => setTimeout(r, 300));
  const health = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) });
  expect(health.status).toBe(200);
  for (const r of await three) expect(r.status).toBe(400);
  // One at a time per user: a second upload while the first is read is refused at once.
  const [first, second] = await Promise.all([upload(sessions[0]!), upload(sessions[0]!)]);
  expect([first.status, second.status].sort()).toEqual([400, 429]);
  expect([first.body.error.code, second.body.error.code]).toContain('IMPORT_BUSY');
}, 300_000);
