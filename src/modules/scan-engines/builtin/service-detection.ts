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

const id = (service: string, product: string | null = null, version: string | null = null): Identification => ({
  service,
  product,
  version,
});

/** SSH identification string (RFC 4253 §4.2): `SSH-protoversion-softwareversion SP comments`. */
function classifySsh(software: string): Identification {
  const rules: [RegExp, string][] = [
    [/^OpenSSH_for_Windows_(\d[\w.]*)/i, 'OpenSSH'],
    [/^OpenSSH_(\d[\w.]*)/i, 'OpenSSH'],
    [/^dropbear_(\d[\w.]*)/i, 'Dropbear sshd'],
    [/^libssh[_-](\d[\w.]*)/i, 'libssh'],
    [/^Cisco-(\d[\w.]*)/i, 'Cisco SSH'],
    [/^mod_sftp\/?(\d[\w.]*)?/i, 'ProFTPD mod_sftp'],
  ];
  for (const [re, product] of rules) {
    const m = software.match(re);
    if (m) return id('ssh', product, m[1] ?? null);
  }
  if (/^ROSSSH/i.test(software)) return id('ssh', 'MikroTik RouterOS sshd');
  return id('ssh');
}

/**
 * MySQL/MariaDB server version of the handshake: MariaDB 10.x/11.x announce `5.5.5-<version>-MariaDB...` (the
 * 5.5.5 prefix is for old clients), newer ones `<version>-MariaDB...`; MySQL and Percona `8.0.36-0ubuntu0.22.04.1`,
 * `5.7.44-log`, `8.0.35-27`.
 */
export function parseMysqlVersion(raw: string): { product: string; version: string | null } {
  const mariadb = /mariadb/i.test(raw);
  const text = mariadb ? raw.replace(/^5\.5\.5-/, '') : raw;
  const version = text.match(/^(\d+\.\d+\.\d+)/)?.[1] ?? text.match(/^(\d+(?:\.\d+)*)/)?.[1] ?? null;
  return { product: mariadb ? 'MariaDB' : 'MySQL', version };
}

/** A `220` greeting: FTP or SMTP, with the products whose greetings carry a name and version. */
function classify220(text: string, port: number): Identification {
  const ftp: [RegExp, string][] = [
    [/vsFTPd (\d[\w.]*)/i, 'vsftpd'],
    [/ProFTPD (\d[\w.]*)/i, 'ProFTPD'],
    [/FileZilla Server(?: version)? (\d[\w.]*)/i, 'FileZilla ftpd'],
    [/Pure-FTPd/i, 'Pure-FTPd'],
    [/ProFTPD/i, 'ProFTPD'],
    [/Microsoft FTP Service/i, 'Microsoft ftpd'],
    [/wu-(\d[\w.]*)/i, 'WU-FTPD'],
  ];
  for (const [re, product] of ftp) {
    const m = text.match(re);
    if (m) return id('ftp', product, m[1] ?? null);
  }
  const smtp: [RegExp, string][] = [
    [/ESMTP Exim (\d[\d.]*)/i, 'Exim smtpd'],
    [/Sendmail (\d[\w.]*)/i, 'Sendmail'],
    [/Microsoft ESMTP MAIL Service(?:, Version: (\d[\d.]*))?/i, 'Microsoft ESMTP'],
    [/ESMTP Postfix/i, 'Postfix smtpd'],
    [/OpenSMTPD/i, 'OpenSMTPD'],
    [/Postfix/i, 'Postfix smtpd'],
  ];
  for (const [re, product] of smtp) {
    const m = text.match(re);
    if (m) return id('smtp', product, m[1] ?? null);
  }
  if (/\bFTP\b/i.test(text) || port === 21) return id('ftp');
  if (/E?SMTP|mail/i.test(text) || [25, 465, 587].includes(port)) return id('smtp');
  return id('ftp');
}

/** Services that speak first (SSH, FTP, SMTP, POP3, IMAP, MySQL/MariaDB). */
export function classifyGreeting(data: Buffer, port: number): Identification | null {
  const text = data.toString('latin1');
  const ssh = text.match(/^SSH-([\d.]+)-([^\s\r\n]+)/);
  if (ssh) return classifySsh(ssh[2]);
  if (/^220[ -]/.test(text)) return classify220(text, port);
  if (text.startsWith('+OK')) return id('pop3', /dovecot/i.test(text) ? 'Dovecot pop3d' : null);
  if (text.startsWith('* OK')) return id('imap', /dovecot/i.test(text) ? 'Dovecot imapd' : null);
  // MySQL packet: 3-byte length, sequence 0, then protocol 10 and a NUL-terminated server version...
  if (data.length > 6 && data[3] === 0 && data.readUIntLE(0, 3) === data.length - 4) {
    if (data[4] === 0x0a) {
      const end = data.indexOf(0, 5);
      return { service: 'mysql', ...parseMysqlVersion(data.toString('latin1', 5, end > 5 ? end : data.length)) };
    }
    // ... or an error packet instead (0xff, 2-byte code): "Host '...' is not allowed to connect to this MySQL server".
    if (data[4] === 0xff) {
      const message = data.toString('latin1', 7);
      if (/mysql|mariadb/i.test(message)) return id('mysql', /mariadb/i.test(message) ? 'MariaDB' : 'MySQL');
    }
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
  'apache-coyote': 'Apache Tomcat/Coyote JSP engine',
  'microsoft-httpapi': 'Microsoft HTTPAPI httpd',
  jetty: 'Jetty',
  litespeed: 'LiteSpeed httpd',
  caddy: 'Caddy httpd',
  gunicorn: 'gunicorn',
  werkzeug: 'Werkzeug httpd',
};

/**
 * `Apache/2.4.49 (Unix)` → Apache httpd 2.4.49; `PHP/5.6.40` → PHP 5.6.40; `Jetty(9.4.51.v20230217)` → Jetty
 * 9.4.51.v20230217; `Apache` → Apache httpd, no version. The first product of the header is the server's.
 */
export function parseSoftwareHeader(value: string): { product: string; version: string | null } | null {
  const match = value.trim().match(/^([A-Za-z][\w.-]*?)(?:\/\s*([\w.+~-]+)|\(([\w.+~-]+)\))?(?:[\s(;,]|$)/);
  if (!match) return null;
  const name = match[1];
  return { product: SERVER_PRODUCTS[name.toLowerCase()] ?? name, version: match[2] ?? match[3] ?? null };
}

/** `redis_version:7.0.15` out of an `INFO server` reply. */
export function parseRedisVersion(info: string): string | null {
  return info.match(/^redis_version:([\w.]+)\r?$/m)?.[1] ?? null;
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
  if (!head.startsWith('HTTP/') && service.tls && http.data.length) {
    // A TLS-wrapped service that speaks first (SMTPS, IMAPS, POP3S, FTPS): its greeting came before our request.
    const wrapped = classifyGreeting(http.data, ctx.port);
    if (wrapped) {
      identify(wrapped, printable(http.data));
      return { service, findings, tls: tlsInfo };
    }
  }
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
    const subject = tlsInfo?.certificate?.subject?.CN;
    identify(
      { service: 'ssl', product: null, version: null },
      [tlsInfo?.protocol, subject ? `certificate CN=${subject}` : null].filter(Boolean).join(', ') || null,
    );
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
    // Without authentication INFO tells the version; with it, only that it is Redis.
    const info =
      reply === '+PONG'
        ? await exchange(ctx, {
            send: 'INFO server\r\n',
            complete: (b) => /redis_version:[^\n]*\n/.test(b.toString('latin1')),
          })
        : null;
    const version = info ? parseRedisVersion(info.data.toString('latin1')) : null;
    identify(
      { service: 'redis', product: 'Redis key-value store', version },
      version ? `${reply} (redis_version:${version})` : reply,
    );
    if (reply === '+PONG' && checks.includes('banner')) {
      findings.push(
        buildFinding(CHECKS.redisNoAuth, { ...observation, evidence: `PING without credentials → ${reply}` }),
      );
    }
  }
  return { service, findings };
}
