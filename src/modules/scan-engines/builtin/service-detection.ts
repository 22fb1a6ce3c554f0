import net from 'node:net';
import type tls from 'node:tls';
import type { Finding, ServiceResult } from '../scan-engine';
import { CHECKS } from '../checks/catalog';
import { buildFinding } from '../checks/finding';
import { converse, exchange, type ProbeContext, type TlsSession } from './net-probe';

/** What a greeting or header says runs on a port, with nmap's product names (the rule file uses them). */
export interface Identification {
  service: string;
  product: string | null;
  version: string | null;
}

export interface DetectedService {
  service: ServiceResult;
  /** Findings of the `banner` family (unauthenticated access, exposed credentials). */
  findings: Finding[];
  /** Certificate and protocol of the TLS handshake that identified a TLS service. */
  tls?: TlsSession;
}

const printable = (buffer: Buffer, max = 512) =>
  buffer
    .toString('latin1', 0, Math.min(buffer.length, max))
    .replace(/[^\x20-\x7e]+/g, ' ')
    .trim();

/** Services that speak first (SSH, FTP, SMTP, POP3, IMAP, MySQL). */
export function classifyGreeting(data: Buffer, port: number): Identification | null {
  const text = data.toString('latin1');
  const ssh = text.match(/^SSH-([\d.]+)-([^\s\r\n]+)/);
  if (ssh) {
    const software = ssh[2];
    const openssh = software.match(/^OpenSSH_([\w.]+)/i);
    if (openssh) return { service: 'ssh', product: 'OpenSSH', version: openssh[1] };
    const dropbear = software.match(/^dropbear_([\w.]+)/i);
    if (dropbear) return { service: 'ssh', product: 'Dropbear sshd', version: dropbear[1] };
    return { service: 'ssh', product: null, version: null };
  }
  if (/^220[ -]/.test(text)) {
    const vsftpd = text.match(/vsFTPd ([\d.]+)/i);
    if (vsftpd) return { service: 'ftp', product: 'vsftpd', version: vsftpd[1] };
    const proftpd = text.match(/ProFTPD ([\w.]+)/i);
    if (proftpd) return { service: 'ftp', product: 'ProFTPD', version: proftpd[1] };
    const exim = text.match(/ESMTP Exim ([\d.]+)/i);
    if (exim) return { service: 'smtp', product: 'Exim smtpd', version: exim[1] };
    if (/postfix/i.test(text)) return { service: 'smtp', product: 'Postfix smtpd', version: null };
    if (/E?SMTP|mail/i.test(text) || [25, 465, 587].includes(port))
      return { service: 'smtp', product: null, version: null };
    return { service: 'ftp', product: null, version: null };
  }
  if (text.startsWith('+OK')) return { service: 'pop3', product: null, version: null };
  if (text.startsWith('* OK')) return { service: 'imap', product: null, version: null };
  // MySQL handshake: 3-byte length, sequence 0, protocol 10, NUL-terminated server version.
  if (data.length > 6 && data[3] === 0 && data[4] === 0x0a && data.readUIntLE(0, 3) === data.length - 4) {
    const end = data.indexOf(0, 5);
    const version = data.toString('latin1', 5, end > 5 ? end : data.length);
    return {
      service: 'mysql',
      product: /mariadb/i.test(version) ? 'MariaDB' : 'MySQL',
      version: version.replace(/-.*$/, ''),
    };
  }
  return null;
}

const SERVER_PRODUCTS: Record<string, string> = {
  apache: 'Apache httpd',
  nginx: 'nginx',
  'microsoft-iis': 'Microsoft IIS httpd',
  lighttpd: 'lighttpd',
  openresty: 'OpenResty',
  php: 'PHP',
};

/** `Apache/2.4.49 (Unix)` → Apache httpd 2.4.49; `PHP/5.6.40` → PHP 5.6.40. */
export function parseSoftwareHeader(value: string): { product: string; version: string | null } | null {
  const match = value.trim().match(/^([A-Za-z][\w.-]*?)(?:\/([\w.-]+))?(?:\s|$)/);
  if (!match) return null;
  return { product: SERVER_PRODUCTS[match[1].toLowerCase()] ?? match[1], version: match[2] ?? null };
}

function headerOf(head: string, name: string): string | null {
  const match = head.match(new RegExp(`^${name}:[ \\t]*(.*)$`, 'im'));
  return match ? match[1].trim() : null;
}

const HTTP_PROBE = (ctx: ProbeContext) =>
  `GET / HTTP/1.0\r\nHost: ${hostHeader(ctx)}\r\nUser-Agent: cg-scanner/1.0\r\nAccept: */*\r\n\r\n`;

export function hostHeader(ctx: ProbeContext): string {
  const name = ctx.hostname ?? ctx.address;
  return `${net.isIPv6(name) ? `[${name}]` : name}:${ctx.port}`;
}

/** A text greeting ends with its first line; a MySQL handshake packet once its 3-byte length is reached. */
function greetingComplete(received: Buffer): boolean {
  if (received.includes('\n')) return true;
  return received.length >= 4 && received.length >= 4 + received.readUIntLE(0, 3);
}

const endOfHead = (received: Buffer) => received.includes('\r\n\r\n') || received.includes('\n\n');

/** TLS options that let an old server finish the handshake, so we can see what it offers. */
export const PERMISSIVE_TLS: tls.ConnectionOptions = { minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' };

/**
 * Identifies the service on an open TCP port: listens for a greeting, then tries TLS, HTTP, PostgreSQL and Redis
 * probes, each on a new connection bounded by the timeout.
 */
export async function detectService(ctx: ProbeContext, checks: string[]): Promise<DetectedService> {
  const service: ServiceResult = {
    port: ctx.port,
    protocol: 'tcp',
    state: 'open',
    service: null,
    product: null,
    version: null,
    banner: null,
    tls: false,
  };
  const findings: Finding[] = [];
  const observation = { port: ctx.port, protocol: 'tcp' as const };
  const identify = (id: Identification, banner: string | null) =>
    Object.assign(service, id, { banner: banner || null });

  const greeting = await exchange(ctx, { waitMs: Math.min(ctx.timeoutMs, 2000), complete: greetingComplete });
  if (greeting.data.length > 0) {
    identify(
      classifyGreeting(greeting.data, ctx.port) ?? { service: 'unknown', product: null, version: null },
      printable(greeting.data),
    );
    if (service.service === 'ftp' && checks.includes('banner')) {
      const replies = await converse(ctx, (r) =>
        r.length === 1
          ? 'USER anonymous'
          : r.length === 2 && r[1].startsWith('331')
            ? 'PASS scanner@example.invalid'
            : null,
      );
      if (replies.length >= 2 && (replies[1].startsWith('230') || replies[2]?.startsWith('230'))) {
        findings.push(
          buildFinding(CHECKS.ftpAnonymous, {
            ...observation,
            evidence: `USER anonymous → ${replies.slice(1).join(' / ')}`,
          }),
        );
      }
    }
    return { service, findings };
  }

  let tlsInfo: DetectedService['tls'];
  const handshake = await exchange(ctx, { tls: PERMISSIVE_TLS });
  if (handshake.connected && handshake.tlsSession) {
    service.tls = true;
    tlsInfo = handshake.tlsSession;
  }

  const http = await exchange(ctx, {
    send: HTTP_PROBE(ctx),
    complete: endOfHead,
    ...(service.tls ? { tls: PERMISSIVE_TLS } : {}),
  });
  const head = http.data.toString('latin1');
  if (head.startsWith('HTTP/')) {
    const server = headerOf(head, 'Server');
    const parsed = server ? parseSoftwareHeader(server) : null;
    identify(
      { service: service.tls ? 'https' : 'http', product: parsed?.product ?? null, version: parsed?.version ?? null },
      server ? `Server: ${server}` : head.split(/\r?\n/)[0],
    );
    return { service, findings, tls: tlsInfo };
  }
  if (service.tls) {
    identify({ service: 'ssl', product: null, version: null }, null);
    return { service, findings, tls: tlsInfo };
  }

  // PostgreSQL SSLRequest: the server answers one byte, 'S' or 'N'.
  const postgres = await exchange(ctx, {
    send: Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]),
    complete: (b) => b.length >= 1,
  });
  if (postgres.data.length === 1 && (postgres.data[0] === 0x53 || postgres.data[0] === 0x4e)) {
    identify({ service: 'postgresql', product: 'PostgreSQL DB', version: null }, null);
    return { service, findings };
  }

  const redis = await exchange(ctx, { send: 'PING\r\n', complete: (b) => b.includes('\n') });
  const reply = redis.data.toString('latin1').split(/\r?\n/)[0];
  if (/^(\+PONG|-NOAUTH|-DENIED|-ERR operation not permitted)/.test(reply)) {
    identify({ service: 'redis', product: 'Redis key-value store', version: null }, reply);
    if (reply === '+PONG' && checks.includes('banner')) {
      findings.push(
        buildFinding(CHECKS.redisNoAuth, { ...observation, evidence: `PING without credentials → ${reply}` }),
      );
    }
  }
  return { service, findings };
}
