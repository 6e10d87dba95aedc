import { describe, expect, it } from 'vitest';
import { StartupError } from '../lib/startup-failure';
import { loadExchangeSettings } from './exchange-config';

// The HTTPS peers and the inbox listener are read from the environment at start. An operator who
// set half of a peer must hear which variable is missing, not find the packages quietly going to
// the paper route.

const PEM = (what: string) => `-----BEGIN ${what}-----\nMIIB\n-----END ${what}-----\n`;
const FILES: Record<string, string> = {
  '/etc/vd/bnv-client.crt': PEM('CERTIFICATE'),
  '/etc/vd/bnv-client.key': PEM('PRIVATE KEY'),
  '/etc/vd/bnv-ca.crt': PEM('CERTIFICATE'),
  '/etc/vd/inbox.crt': PEM('CERTIFICATE'),
  '/etc/vd/inbox.key': PEM('PRIVATE KEY'),
  '/etc/vd/clients-ca.crt': PEM('CERTIFICATE'),
  '/etc/vd/notes.txt': 'not a certificate',
};
const readFile = (p: string) => {
  const text = FILES[p];
  if (text === undefined) throw Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });
  return text;
};
const load = (env: Record<string, string>) => loadExchangeSettings(env, readFile);

const PEER = {
  VINHDANH_EXCHANGE_PEERS: 'VN-BNV',
  VINHDANH_EXCHANGE_URL_VN_BNV: 'https://tdkt.bnv.example:8443/inbox',
  VINHDANH_EXCHANGE_CERT_VN_BNV: '/etc/vd/bnv-client.crt',
  VINHDANH_EXCHANGE_KEY_VN_BNV: '/etc/vd/bnv-client.key',
  VINHDANH_EXCHANGE_CA_VN_BNV: '/etc/vd/bnv-ca.crt',
};
const SHA = 'AB:'.repeat(31).concat('CD');
const INBOX = {
  VINHDANH_EXCHANGE_INBOX_PORT: '8443',
  VINHDANH_EXCHANGE_INBOX_CERT: '/etc/vd/inbox.crt',
  VINHDANH_EXCHANGE_INBOX_KEY: '/etc/vd/inbox.key',
  VINHDANH_EXCHANGE_INBOX_CLIENT_CA: '/etc/vd/clients-ca.crt',
  VINHDANH_EXCHANGE_INBOX_PEERS: `${SHA}=SONHA`,
};

function refusal(env: Record<string, string>): string {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error('the settings were accepted');
}

describe('exchange settings from the environment', () => {
  it('is off when nothing is set: no peer, no inbox', () => {
    expect(load({})).toEqual({ peers: {}, inbox: undefined });
  });

  it('reads a connected peer with its files, and the inbox with its fingerprints', () => {
    const s = load({ ...PEER, ...INBOX });
    expect(s.peers['VN-BNV']).toEqual({
      url: 'https://tdkt.bnv.example:8443/inbox/VN-BNV',
      cert: FILES['/etc/vd/bnv-client.crt'],
      key: FILES['/etc/vd/bnv-client.key'],
      ca: FILES['/etc/vd/bnv-ca.crt'],
    });
    expect(s.inbox).toMatchObject({ port: 8443, host: '0.0.0.0', key: FILES['/etc/vd/inbox.key'] });
    expect(s.inbox?.peers).toEqual({ [`${'ab'.repeat(31)}cd`]: 'SONHA' });
  });

  it('keeps a URL that already names the recipient', () => {
    const s = load({ ...PEER, VINHDANH_EXCHANGE_URL_VN_BNV: 'https://x.example/inbox/VN-BNV' });
    expect(s.peers['VN-BNV']?.url).toBe('https://x.example/inbox/VN-BNV');
  });

  it('names every missing variable of a half-configured peer', () => {
    const { VINHDANH_EXCHANGE_KEY_VN_BNV: _k, VINHDANH_EXCHANGE_CA_VN_BNV: _c, ...half } = PEER;
    const message = refusal(half);
    expect(message).toContain('VN-BNV');
    expect(message).toContain('VINHDANH_EXCHANGE_KEY_VN_BNV');
    expect(message).toContain('VINHDANH_EXCHANGE_CA_VN_BNV');
    expect(message).not.toContain('VINHDANH_EXCHANGE_CERT_VN_BNV');
  });

  it("refuses a peer's setting whose code is not in the list", () => {
    const message = refusal({ VINHDANH_EXCHANGE_URL_HN: 'https://hn.example/inbox' });
    expect(message).toContain('VINHDANH_EXCHANGE_URL_HN');
    expect(message).toContain('VINHDANH_EXCHANGE_PEERS');
  });

  it('refuses plain http, an unreadable file and a file that is not PEM', () => {
    expect(refusal({ ...PEER, VINHDANH_EXCHANGE_URL_VN_BNV: 'http://x.example/inbox' })).toContain('https');
    expect(refusal({ ...PEER, VINHDANH_EXCHANGE_CA_VN_BNV: '/etc/vd/missing.crt' })).toContain(
      '/etc/vd/missing.crt',
    );
    expect(refusal({ ...PEER, VINHDANH_EXCHANGE_CERT_VN_BNV: '/etc/vd/notes.txt' })).toContain('PEM');
  });

  it('names what a half-configured inbox lacks, and refuses a malformed fingerprint', () => {
    const message = refusal({ VINHDANH_EXCHANGE_INBOX_PORT: '8443' });
    for (const v of ['CERT', 'KEY', 'CLIENT_CA', 'PEERS'])
      expect(message).toContain(`VINHDANH_EXCHANGE_INBOX_${v}`);
    expect(refusal({ ...INBOX, VINHDANH_EXCHANGE_INBOX_PEERS: 'abc=SONHA' })).toContain('SHA-256');
    expect(refusal({ ...INBOX, VINHDANH_EXCHANGE_INBOX_PORT: '99999' })).toContain('cổng');
  });
});
