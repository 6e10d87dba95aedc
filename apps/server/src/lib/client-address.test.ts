import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const noSocket = () => undefined;

describe('client address', () => {
  it('behind one trusted proxy takes the right-most forwarded hop, not what the client wrote', () => {
    expect(clientAddress(1, '6.6.6.6, 203.0.113.7', noSocket)).toBe('203.0.113.7');
    expect(clientAddress(1, '1.1.1.1, 2.2.2.2, 203.0.113.7', noSocket)).toBe('203.0.113.7');
    expect(clientAddress(2, '6.6.6.6, 203.0.113.7, 10.0.0.2', noSocket)).toBe('203.0.113.7');
  });

  it('without a trusted proxy ignores X-Forwarded-For and uses the socket', () => {
    expect(clientAddress(0, '6.6.6.6', () => '198.51.100.4')).toBe('198.51.100.4');
    expect(
      clientAddress(0, undefined, () => {
        throw new Error('no socket');
      }),
    ).toBe('-');
  });
});
