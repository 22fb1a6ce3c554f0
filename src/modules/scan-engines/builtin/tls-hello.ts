import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { exchange, type ProbeContext } from './net-probe';

/**
 * Hand-built ClientHello probes. The local OpenSSL refuses to offer SSLv3 and weak cipher suites (they are not even
 * compiled in), so asking the server with raw bytes is the only way to learn whether it would accept them.
 */
export const PROTOCOL_VERSIONS = { SSLv3: 0x0300, TLSv1: 0x0301, 'TLSv1.1': 0x0302, 'TLSv1.2': 0x0303 } as const;

export const WEAK_CIPHERS: Record<number, string> = {
  0x000a: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  0x0016: 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA',
  0xc012: 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
  0xc008: 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA',
  0x0004: 'TLS_RSA_WITH_RC4_128_MD5',
  0x0005: 'TLS_RSA_WITH_RC4_128_SHA',
  0xc011: 'TLS_ECDHE_RSA_WITH_RC4_128_SHA',
  0xc007: 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA',
  0x0009: 'TLS_RSA_WITH_DES_CBC_SHA',
  0x0015: 'TLS_DHE_RSA_WITH_DES_CBC_SHA',
  0x0003: 'TLS_RSA_EXPORT_WITH_RC4_40_MD5',
  0x0006: 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5',
  0x0008: 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA',
  0x0014: 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA',
  0x0001: 'TLS_RSA_WITH_NULL_MD5',
  0x0002: 'TLS_RSA_WITH_NULL_SHA',
  0x003b: 'TLS_RSA_WITH_NULL_SHA256',
  0xc010: 'TLS_ECDHE_RSA_WITH_NULL_SHA',
};

export const ANONYMOUS_CIPHERS: Record<number, string> = {
  0x0018: 'TLS_DH_anon_WITH_RC4_128_MD5',
  0x001b: 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA',
  0x0034: 'TLS_DH_anon_WITH_AES_128_CBC_SHA',
  0x003a: 'TLS_DH_anon_WITH_AES_256_CBC_SHA',
  0x006c: 'TLS_DH_anon_WITH_AES_128_CBC_SHA256',
  0x00a6: 'TLS_DH_anon_WITH_AES_128_GCM_SHA256',
  0xc018: 'TLS_ECDH_anon_WITH_AES_128_CBC_SHA',
  0xc019: 'TLS_ECDH_anon_WITH_AES_256_CBC_SHA',
};

/** Suites every TLS ≤ 1.2 server of the last 20 years accepts at least one of. */
export const COMMON_CIPHERS: Record<number, string> = {
  0xc02f: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  0xc02b: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  0xc013: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  0xc014: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  0xc009: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  0x009c: 'TLS_RSA_WITH_AES_128_GCM_SHA256',
  0x002f: 'TLS_RSA_WITH_AES_128_CBC_SHA',
  0x0035: 'TLS_RSA_WITH_AES_256_CBC_SHA',
  0x0033: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
  0x000a: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  0x0005: 'TLS_RSA_WITH_RC4_128_SHA',
};

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(value);
  return b;
}
function withLength16(body: Buffer): Buffer {
  return Buffer.concat([u16(body.length), body]);
}
function extension(type: number, body: Buffer): Buffer {
  return Buffer.concat([u16(type), withLength16(body)]);
}

export function buildClientHello(version: number, cipherIds: number[], serverName: string | null): Buffer {
  const extensions: Buffer[] = [];
  if (version > PROTOCOL_VERSIONS.SSLv3) {
    if (serverName && net.isIP(serverName) === 0) {
      const name = Buffer.from(serverName, 'ascii');
      extensions.push(extension(0x0000, withLength16(Buffer.concat([Buffer.from([0]), withLength16(name)]))));
    }
    extensions.push(extension(0x000a, withLength16(Buffer.from([0x00, 0x1d, 0x00, 0x17, 0x00, 0x18])))); // x25519, P-256, P-384
    extensions.push(extension(0x000b, Buffer.from([0x01, 0x00]))); // uncompressed points
    if (version === PROTOCOL_VERSIONS['TLSv1.2']) {
      extensions.push(
        extension(
          0x000d,
          withLength16(
            Buffer.from([
              0x04, 0x01, 0x05, 0x01, 0x06, 0x01, 0x02, 0x01, 0x04, 0x03, 0x05, 0x03, 0x02, 0x03, 0x08, 0x04,
            ]),
          ),
        ),
      );
    }
  }
  const body = Buffer.concat([
    u16(version),
    randomBytes(32),
    Buffer.from([0]), // no session id
    withLength16(Buffer.concat(cipherIds.map(u16))),
    Buffer.from([1, 0]), // null compression
    ...(extensions.length ? [withLength16(Buffer.concat(extensions))] : []),
  ]);
  const handshake = Buffer.concat([
    Buffer.from([0x01, (body.length >> 16) & 0xff, (body.length >> 8) & 0xff, body.length & 0xff]),
    body,
  ]);
  const recordVersion = version === PROTOCOL_VERSIONS.SSLv3 ? 0x0300 : 0x0301;
  return Buffer.concat([Buffer.from([0x16]), u16(recordVersion), withLength16(handshake)]);
}

export interface ServerHello {
  version: number;
  cipher: number;
}

/** The ServerHello at the start of a server's answer, or null (alert, garbage, too short). */
export function parseServerHello(data: Buffer): ServerHello | null {
  if (data.length < 5 + 4 + 2 + 32 + 1 || data[0] !== 0x16 || data[5] !== 0x02) return null;
  const sessionIdLength = data[5 + 4 + 2 + 32];
  const cipherAt = 5 + 4 + 2 + 32 + 1 + sessionIdLength;
  if (data.length < cipherAt + 2) return null;
  return { version: data.readUInt16BE(9), cipher: data.readUInt16BE(cipherAt) };
}

/** Sends a ClientHello offering `cipherIds` at `version`; the ServerHello when the server accepted one of them. */
export async function helloProbe(ctx: ProbeContext, version: number, cipherIds: number[]): Promise<ServerHello | null> {
  const hello = buildClientHello(version, cipherIds, ctx.hostname);
  const answer = await exchange(ctx, {
    send: hello,
    complete: (b) => b.length >= 5 && (b[0] !== 0x16 || b.length >= 5 + b.readUInt16BE(3) || b.length >= 512),
  });
  const serverHello = parseServerHello(answer.data);
  // A server that does not speak the offered version answers with an alert or a lower version: not accepted.
  if (!serverHello || serverHello.version !== version || !cipherIds.includes(serverHello.cipher)) return null;
  return serverHello;
}
