import fs from 'node:fs';
import { StartupError } from '../lib/startup-failure';

/**
 * The exchange between levels over HTTPS with mutual TLS (docs/interop.md, "Sending, transports
 * and receiving"; docs/operations.md): the connected tenants on other deployments this server
 * sends packages to, and the inbox listener that receives theirs. Read from the environment at
 * start; a half-configured peer or inbox stops the start with one line naming what is missing,
 * since a silently unconnected peer would send every package to the paper route instead.
 *
 *   VINHDANH_EXCHANGE_PEERS=VN-BNV                 the recipients' tenant codes, comma-separated
 *   VINHDANH_EXCHANGE_URL_<CODE>                   https://…/inbox (the code is appended) or …/inbox/<CODE>
 *   VINHDANH_EXCHANGE_CERT_<CODE>, _KEY_<CODE>     this tenant's client certificate and key for that peer (PEM files)
 *   VINHDANH_EXCHANGE_CA_<CODE>                    the CA that issued the peer's server certificate (PEM file)
 *
 *   VINHDANH_EXCHANGE_INBOX_PORT                   turns the inbox on (its own TLS listener)
 *   VINHDANH_EXCHANGE_INBOX_HOST                   default 0.0.0.0
 *   VINHDANH_EXCHANGE_INBOX_CERT, _KEY             the inbox's server certificate and key (PEM files)
 *   VINHDANH_EXCHANGE_INBOX_CLIENT_CA              the CA(s) whose client certificates are accepted (PEM file)
 *   VINHDANH_EXCHANGE_INBOX_PEERS                  <SHA-256 of a client certificate>=<tenant code>, comma-separated
 *
 * <CODE> is the tenant code in capitals with every other character than A–Z and 0–9 as `_`
 * (VN-BNV → VN_BNV), as for the portal's settings.
 */

export type ExchangePeerSettings = { url: string; cert: string; key: string; ca: string };

export type ExchangeInboxSettings = {
  port: number;
  host: string;
  cert: string;
  key: string;
  clientCa: string;
  /** SHA-256 (lower-case hex, no colons) of each connected client certificate → its tenant code. */
  peers: Record<string, string>;
};

export type ExchangeSettings = {
  /** Recipient tenant code → how to reach its deployment. */
  peers: Record<string, ExchangePeerSettings>;
  /** undefined: no inbox listener (packages from other deployments arrive as files). */
  inbox: ExchangeInboxSettings | undefined;
};

type ReadFile = (path: string) => string;

const PEER_PARTS = ['URL', 'CERT', 'KEY', 'CA'] as const;
const INBOX_PARTS = ['PORT', 'HOST', 'CERT', 'KEY', 'CLIENT_CA', 'PEERS'] as const;

export const envSuffix = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '_');

const fail = (line: string) => new StartupError(line);

function pemFile(readFile: ReadFile, variable: string, path: string, what: string): string {
  let text: string;
  try {
    text = readFile(path);
  } catch {
    throw fail(`${variable}: không đọc được tệp ${path} (${what}). Kiểm tra đường dẫn và quyền đọc.`);
  }
  if (!text.includes('-----BEGIN ')) throw fail(`${variable}: tệp ${path} không phải ${what} dạng PEM.`);
  return text;
}

function httpsUrl(variable: string, value: string, code: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail(`${variable}: "${value}" không phải một địa chỉ URL.`);
  }
  if (url.protocol !== 'https:') throw fail(`${variable} phải dùng https (TLS hai chiều).`);
  // The inbox's path is /inbox/{recipient code}: an operator may give the base and we add the code.
  if (/\/inbox\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/$/, '')}/${code}`;
  return url.toString();
}

function readPeers(env: NodeJS.ProcessEnv, readFile: ReadFile): Record<string, ExchangePeerSettings> {
  const codes = (env.VINHDANH_EXCHANGE_PEERS ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const suffixes = new Set(codes.map(envSuffix));
  // A peer's settings without its code in the list would be ignored: say so instead.
  for (const name of Object.keys(env)) {
    const m = /^VINHDANH_EXCHANGE_(URL|CERT|KEY|CA)_(.+)$/.exec(name);
    if (m && env[name] && !suffixes.has(m[2] as string))
      throw fail(
        `${name} đã đặt nhưng VINHDANH_EXCHANGE_PEERS không có nơi nhận ${m[2]}: thêm mã đơn vị vào danh sách hoặc bỏ biến này.`,
      );
  }
  const peers: Record<string, ExchangePeerSettings> = {};
  for (const code of codes) {
    if (!/^[A-Za-z0-9_-]{1,50}$/.test(code))
      throw fail(`VINHDANH_EXCHANGE_PEERS: mã đơn vị "${code}" không hợp lệ (chữ, số, "-", "_").`);
    const suffix = envSuffix(code);
    const name = (part: string) => `VINHDANH_EXCHANGE_${part}_${suffix}`;
    const missing = PEER_PARTS.filter((part) => !env[name(part)]);
    if (missing.length > 0)
      throw fail(
        `Nơi nhận ${code} (VINHDANH_EXCHANGE_PEERS) thiếu ${missing.map(name).join(', ')}: cần đủ địa chỉ, chứng thư máy khách, khóa và CA.`,
      );
    const value = (part: string) => env[name(part)] as string;
    peers[code] = {
      url: httpsUrl(name('URL'), value('URL'), code),
      cert: pemFile(readFile, name('CERT'), value('CERT'), 'chứng thư máy khách'),
      key: pemFile(readFile, name('KEY'), value('KEY'), 'khóa riêng của chứng thư máy khách'),
      ca: pemFile(readFile, name('CA'), value('CA'), 'chứng thư CA của nơi nhận'),
    };
  }
  return peers;
}

/** `ab:cd:…=VN-BNV, 0f1e…=HN` → { 'abcd…': 'VN-BNV', … }. */
function readFingerprints(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [hash, code] = pair.split('=').map((s) => s.trim());
    const hex = (hash ?? '').replace(/:/g, '').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex) || !code || !/^[A-Za-z0-9_-]{1,50}$/.test(code))
      throw fail(
        `VINHDANH_EXCHANGE_INBOX_PEERS: "${pair}" phải có dạng <SHA-256 của chứng thư máy khách, 64 chữ số hex>=<mã đơn vị>.`,
      );
    out[hex] = code;
  }
  return out;
}

function readInbox(env: NodeJS.ProcessEnv, readFile: ReadFile): ExchangeInboxSettings | undefined {
  const name = (part: string) => `VINHDANH_EXCHANGE_INBOX_${part}`;
  if (!INBOX_PARTS.some((part) => env[name(part)])) return undefined;
  const required = INBOX_PARTS.filter((part) => part !== 'HOST');
  const missing = required.filter((part) => !env[name(part)]);
  if (missing.length > 0)
    throw fail(
      `Hộp nhận gói hồ sơ (VINHDANH_EXCHANGE_INBOX_*) cấu hình chưa đủ, thiếu ${missing.map(name).join(', ')}.`,
    );
  const port = Number(env[name('PORT')]);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw fail(`${name('PORT')} phải là số cổng từ 1 đến 65535.`);
  const peers = readFingerprints(env[name('PEERS')] as string);
  if (Object.keys(peers).length === 0) throw fail(`${name('PEERS')} không có đơn vị nào được kết nối.`);
  return {
    port,
    host: env[name('HOST')] || '0.0.0.0',
    cert: pemFile(readFile, name('CERT'), env[name('CERT')] as string, 'chứng thư máy chủ'),
    key: pemFile(readFile, name('KEY'), env[name('KEY')] as string, 'khóa riêng của máy chủ'),
    clientCa: pemFile(readFile, name('CLIENT_CA'), env[name('CLIENT_CA')] as string, 'chứng thư CA'),
    peers,
  };
}

export function loadExchangeSettings(
  env: NodeJS.ProcessEnv,
  readFile: ReadFile = (p) => fs.readFileSync(p, 'utf8'),
): ExchangeSettings {
  return { peers: readPeers(env, readFile), inbox: readInbox(env, readFile) };
}
