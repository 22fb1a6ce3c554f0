import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import selfsigned from 'selfsigned';

/** Loopback servers playing vulnerable services for the engine tests. Every one listens on 127.0.0.1, port 0. */
export interface Started {
  port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (an ephemeral port, or `port`); `close` also ends the open connections. */
export async function listen(server: net.Server, port = 0): Promise<Started> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Old Apache look-alike: Server: Apache/2.4.49, PHP/5.6.40, no security headers, directory index, TRACE echo. */
export function vulnerableHttpServer(): Promise<Started> {
  const server = http.createServer((req, res) => {
    res.setHeader('Server', 'Apache/2.4.49 (Unix)');
    res.setHeader('X-Powered-By', 'PHP/5.6.40');
    if (req.method === 'TRACE') {
      const echo = [
        `TRACE ${req.url} HTTP/${req.httpVersion}`,
        ...Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`),
      ].join('\r\n');
      res.writeHead(200, { 'Content-Type': 'message/http' }).end(echo);
      return;
    }
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(
        '<html><head><title>Index of /</title></head><body><h1>Index of /</h1><a href="backup.sql">backup.sql</a></body></html>',
      );
  });
  return listen(server);
}

/** A well-configured web server: every header present, no version, TRACE refused. */
export function hardenedHttpServer(port = 0): Promise<Started> {
  const server = http.createServer((req, res) => {
    res.setHeader('Server', 'web');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'");
    if (req.method !== 'GET') return void res.writeHead(405).end();
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><title>Welcome</title></html>');
  });
  return listen(server, port);
}

/**
 * A hardened web server whose home page is fine but which lists three directories: `/files` (a common path, answered
 * without a redirect), `/backup` (redirecting to `/backup/`) and `/archive/2024/`, which only a link of the home page
 * leads to.
 */
export function subpathListingServer(): Promise<Started> {
  const index = (dir: string) =>
    `<html><head><title>Index of ${dir}</title></head><body><h1>Index of ${dir}</h1><a href="a.txt">a.txt</a></body></html>`;
  const server = http.createServer((req, res) => {
    res.setHeader('Server', 'web');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'self'");
    if (req.method !== 'GET') return void res.writeHead(405).end();
    if (req.url === '/')
      return void res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(
          '<html><title>Welcome</title><a href="/archive/2024/report.pdf">report</a> <a href="https://elsewhere.invalid/x/">x</a></html>',
        );
    if (req.url === '/files') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(index('/files'));
    // Like Apache and nginx: the directory without its slash redirects.
    if (req.url === '/backup') return void res.writeHead(301, { Location: '/backup/' }).end();
    if (req.url === '/backup/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(index('/backup'));
    if (req.url === '/archive/2024/')
      return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(index('/archive/2024'));
    res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><title>Not found</title></html>');
  });
  return listen(server);
}

export async function expiredSelfSignedCertificate(commonName: string) {
  const day = 86_400_000;
  return selfsigned.generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 400 * day),
    notAfterDate: new Date(Date.now() - 30 * day),
  });
}

/**
 * HTTPS server with an expired self-signed certificate for `commonName`, offering TLS 1.0 and up when `allowTls10`
 * (plus every header so that only the TLS findings show).
 */
export async function expiredTlsServer(commonName: string, allowTls10: boolean): Promise<Started> {
  const pems = await expiredSelfSignedCertificate(commonName);
  const server = tls.createServer({
    key: pems.private,
    cert: pems.cert,
    ...(allowTls10
      ? { minVersion: 'TLSv1' as const, ciphers: 'DEFAULT:@SECLEVEL=0' }
      : { minVersion: 'TLSv1.2' as const }),
  });
  server.on('tlsClientError', () => undefined);
  const web = http.createServer((req, res) => {
    res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'self'");
    res.writeHead(req.method === 'GET' ? 200 : 405).end('ok');
  });
  server.on('secureConnection', (socket) => web.emit('connection', socket));
  return listen(server);
}

/**
 * A currently valid self-signed certificate for `commonName` with exactly these subject alternative names (none:
 * no SAN extension at all, a CN-only certificate).
 */
export async function namedCertificate(commonName: string, names: { dns?: string[]; ips?: string[] } = {}) {
  const day = 86_400_000;
  const altNames = [
    ...(names.dns ?? []).map((value) => ({ type: 2 as const, value })),
    ...(names.ips ?? []).map((ip) => ({ type: 7 as const, ip })),
  ];
  return selfsigned.generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - day),
    notAfterDate: new Date(Date.now() + 365 * day),
    extensions: [
      { name: 'basicConstraints', cA: false },
      ...(altNames.length ? [{ name: 'subjectAltName', altNames }] : []),
    ],
  } as Parameters<typeof selfsigned.generate>[1]);
}

/** A TLS 1.2+ server presenting `namedCertificate(commonName, names)`. */
export async function namedTlsServer(commonName: string, names: { dns?: string[]; ips?: string[] } = {}) {
  const pems = await namedCertificate(commonName, names);
  const server = tls.createServer({ key: pems.private, cert: pems.cert, minVersion: 'TLSv1.2' }, (s) => s.end());
  server.on('tlsClientError', () => undefined);
  return listen(server);
}

/** Whether this Node/OpenSSL can complete a TLS 1.0 handshake over loopback (OpenSSL builds may forbid it). */
export async function localTls10Works(): Promise<boolean> {
  const pems = await expiredSelfSignedCertificate('probe.test');
  try {
    const server = tls.createServer(
      { key: pems.private, cert: pems.cert, minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' },
      (s) => s.end(),
    );
    server.on('tlsClientError', () => undefined);
    const started = await listen(server);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = tls.connect({
        host: '127.0.0.1',
        port: started.port,
        rejectUnauthorized: false,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
      });
      socket.once('secureConnect', () => resolve(socket.getProtocol() === 'TLSv1'));
      socket.once('error', () => resolve(false));
    });
    await started.close();
    return ok;
  } catch {
    return false;
  }
}

/** Server that sends a greeting line and keeps the connection open (SSH, FTP ... banners). */
export function bannerServer(greeting: string, onLine?: (line: string, socket: net.Socket) => void): Promise<Started> {
  const server = net.createServer((socket) => {
    socket.write(greeting);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i).replace(/\r$/, '');
        buffer = buffer.slice(i + 1);
        onLine?.(line, socket);
      }
    });
  });
  return listen(server);
}

/** FTP server (vsFTPd 2.3.4 greeting) that lets "anonymous" in. */
export function anonymousFtpServer(): Promise<Started> {
  return bannerServer('220 (vsFTPd 2.3.4)\r\n', (line, socket) => {
    if (/^USER /i.test(line)) socket.write('331 Please specify the password.\r\n');
    else if (/^PASS /i.test(line)) socket.write('230 Login successful.\r\n');
    else socket.write('500 Unknown command.\r\n');
  });
}

/** Redis look-alike without authentication: answers PING with +PONG, other garbage with -ERR. */
export function openRedisServer(): Promise<Started> {
  const server = net.createServer((socket) => {
    socket.on('data', (chunk) =>
      socket.write(chunk.toString('latin1').startsWith('PING') ? '+PONG\r\n' : '-ERR unknown command\r\n'),
    );
  });
  return listen(server);
}

/**
 * Legacy TLS server look-alike: answers a ClientHello offering TLS_RSA_WITH_3DES_EDE_CBC_SHA (0x000a) with a
 * ServerHello choosing it, at SSL 3.0 or TLS 1.2, and a handshake_failure alert otherwise. Modern OpenSSL cannot
 * play this server (3DES and SSLv3 are compiled out), so the test speaks the record layer by hand.
 */
export function legacyTlsServer(): Promise<Started> {
  const server = net.createServer((socket) => {
    socket.once('data', (hello: Buffer) => {
      const alert = Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28]);
      if (hello[0] !== 0x16 || hello[5] !== 0x01) return void socket.end(alert);
      const clientVersion = hello.readUInt16BE(9);
      const sessionIdLength = hello[43];
      const cipherBytes = hello.readUInt16BE(44 + sessionIdLength);
      const ciphers: number[] = [];
      for (let i = 0; i < cipherBytes; i += 2) ciphers.push(hello.readUInt16BE(46 + sessionIdLength + i));
      if (![0x0300, 0x0303].includes(clientVersion) || !ciphers.includes(0x000a)) return void socket.end(alert);
      const body = Buffer.concat([
        Buffer.from([clientVersion >> 8, clientVersion & 0xff]),
        Buffer.alloc(32, 7),
        Buffer.from([0, 0x00, 0x0a, 0x00]),
      ]);
      const handshake = Buffer.concat([Buffer.from([0x02, 0, 0, body.length]), body]);
      const record = Buffer.concat([
        Buffer.from([0x16, clientVersion >> 8, clientVersion & 0xff, 0, handshake.length]),
        handshake,
      ]);
      socket.end(record);
    });
  });
  return listen(server);
}

/** A port with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const started = await listen(server);
  await started.close();
  return started.port;
}
