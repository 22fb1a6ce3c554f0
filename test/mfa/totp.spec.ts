import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotpStep,
  newTotpSecret,
  otpauthUri,
  TOTP_PERIOD_SECONDS,
} from '../../src/modules/mfa/totp';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCode,
  recoveryCodeMatches,
} from '../../src/modules/mfa/recovery-codes';

/** RFC 6238 Appendix B: seeds are the ASCII strings below; T0 = 0, X = 30 s, 8 digits. */
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const VECTORS: Array<[number, string, string, string]> = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('matches the RFC test vectors at T=%i', (time, sha1, sha256, sha512) => {
    const step = Math.floor(time / TOTP_PERIOD_SECONDS);
    expect(hotp(SEEDS.sha1, step, 8, 'sha1')).toBe(sha1);
    expect(hotp(SEEDS.sha256, step, 8, 'sha256')).toBe(sha256);
    expect(hotp(SEEDS.sha512, step, 8, 'sha512')).toBe(sha512);
    // The 6-digit codes apps show are the same value modulo 10^6.
    expect(hotp(SEEDS.sha1, step)).toBe(sha1.slice(2));
  });

  it('verifies the RFC vectors through the step matcher and refuses replays of older steps', () => {
    const secret = base32Encode(SEEDS.sha1);
    const now = new Date(1111111111 * 1000);
    const step = Math.floor(1111111111 / 30);
    expect(matchTotpStep(secret, '050471', now, null)).toBe(step);
    expect(matchTotpStep(secret, '050471', now, step)).toBeNull();
    expect(matchTotpStep(secret, '050471', now, step - 1)).toBe(step);
    expect(matchTotpStep(secret, 'abcdef', now, null)).toBeNull();
  });

  it('makes 160-bit secrets and otpauth URIs authenticator apps accept', () => {
    const secret = newTotpSecret();
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    const uri = new URL(otpauthUri(secret, 'CG Scanning', 'a@example.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('period')).toBe('30');
    expect(uri.searchParams.get('digits')).toBe('6');
  });
});

describe('recovery codes', () => {
  it('are XXXX-XXXX-XXXX-XXXX, hashed with argon2id, and ignore case and dashes', async () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const hash = await hashRecoveryCode(code);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(code.replace(/-/g, ''));
    expect(await recoveryCodeMatches(hash, code.toLowerCase().replace(/-/g, ''))).toBe(true);
    expect(await recoveryCodeMatches(hash, newRecoveryCode())).toBe(false);
    expect(looksLikeRecoveryCode('short')).toBe(false);
  });
});
