import net from 'node:net';
import { BuiltinEngine } from '../../src/modules/scan-engines/builtin/builtin.engine';
import {
  classifyGreeting,
  parseMysqlVersion,
  parseRedisVersion,
  parseSoftwareHeader,
} from '../../src/modules/scan-engines/builtin/service-detection';
import { buildClientHello, parseServerHello } from '../../src/modules/scan-engines/builtin/tls-hello';

describe('service identification from greetings', () => {
  function mysqlHandshake(version: string): Buffer {
    const payload = Buffer.concat([
      Buffer.from([0x0a]),
      Buffer.from(version, 'latin1'),
      Buffer.from([0]),
      Buffer.alloc(20, 1),
    ]);
    const header = Buffer.from([payload.length & 0xff, (payload.length >> 8) & 0xff, 0, 0]);
    return Buffer.concat([header, payload]);
  }

  it.each([
    ['SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n', 22, { service: 'ssh', product: 'OpenSSH', version: '9.6p1' }],
    ['SSH-2.0-dropbear_2022.83\r\n', 22, { service: 'ssh', product: 'Dropbear sshd', version: '2022.83' }],
    ['220 (vsFTPd 3.0.3)\r\n', 21, { service: 'ftp', product: 'vsftpd', version: '3.0.3' }],
    [
      '220 mail.example.test ESMTP Exim 4.89 Wed, 25 Nov 2026\r\n',
      25,
      { service: 'smtp', product: 'Exim smtpd', version: '4.89' },
    ],
    ['220 mail.example.test ESMTP Postfix\r\n', 25, { service: 'smtp', product: 'Postfix smtpd', version: null }],
    ['+OK Dovecot ready.\r\n', 110, { service: 'pop3', product: 'Dovecot pop3d', version: null }],
    // Real banners, as the services send them.
    ['SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6\r\n', 22, { service: 'ssh', product: 'OpenSSH', version: '8.9p1' }],
    ['SSH-2.0-OpenSSH_for_Windows_8.1\r\n', 22, { service: 'ssh', product: 'OpenSSH', version: '8.1' }],
    ['SSH-2.0-OpenSSH_7.4\r\n', 2222, { service: 'ssh', product: 'OpenSSH', version: '7.4' }],
    ['SSH-2.0-libssh_0.9.6\r\n', 22, { service: 'ssh', product: 'libssh', version: '0.9.6' }],
    ['SSH-1.99-Cisco-1.25\r\n', 22, { service: 'ssh', product: 'Cisco SSH', version: '1.25' }],
    ['SSH-2.0-ROSSSH\r\n', 22, { service: 'ssh', product: 'MikroTik RouterOS sshd', version: null }],
    ['220 (vsFTPd 2.3.4)\r\n', 21, { service: 'ftp', product: 'vsftpd', version: '2.3.4' }],
    [
      '220 ProFTPD 1.3.5e Server (ProFTPD Default Installation) [::ffff:192.0.2.7]\r\n',
      21,
      { service: 'ftp', product: 'ProFTPD', version: '1.3.5e' },
    ],
    ['220 ProFTPD Server (Debian) [::ffff:192.0.2.7]\r\n', 21, { service: 'ftp', product: 'ProFTPD', version: null }],
    [
      '220---------- Welcome to Pure-FTPd [privsep] [TLS] ----------\r\n',
      21,
      { service: 'ftp', product: 'Pure-FTPd', version: null },
    ],
    ['220-FileZilla Server 1.8.0\r\n', 21, { service: 'ftp', product: 'FileZilla ftpd', version: '1.8.0' }],
    ['220 Microsoft FTP Service\r\n', 21, { service: 'ftp', product: 'Microsoft ftpd', version: null }],
    [
      '220 mx.example.test ESMTP Exim 4.96 Wed, 02 Dec 2026 13:00:00 +0000\r\n',
      25,
      { service: 'smtp', product: 'Exim smtpd', version: '4.96' },
    ],
    [
      '220 mail.example.test ESMTP Sendmail 8.15.2/8.15.2; Wed, 2 Dec 2026 13:00:00 GMT\r\n',
      25,
      { service: 'smtp', product: 'Sendmail', version: '8.15.2' },
    ],
    [
      '220 EX01.corp.example Microsoft ESMTP MAIL Service ready at Wed, 2 Dec 2026 13:00:00 +0000\r\n',
      25,
      { service: 'smtp', product: 'Microsoft ESMTP', version: null },
    ],
    [
      '220 mx.example.test ESMTP Postfix (Debian/GNU)\r\n',
      587,
      { service: 'smtp', product: 'Postfix smtpd', version: null },
    ],
    ['220 mx.example.test ESMTP OpenSMTPD\r\n', 25, { service: 'smtp', product: 'OpenSMTPD', version: null }],
    [
      '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot (Debian) ready.\r\n',
      143,
      { service: 'imap', product: 'Dovecot imapd', version: null },
    ],
  ])('%s', (greeting, port, expected) => {
    expect(classifyGreeting(Buffer.from(greeting, 'latin1'), port)).toEqual(expected);
  });

  it('reads the MySQL/MariaDB handshake packet', () => {
    expect(classifyGreeting(mysqlHandshake('5.7.44-log'), 3306)).toEqual({
      service: 'mysql',
      product: 'MySQL',
      version: '5.7.44',
    });
    expect(classifyGreeting(mysqlHandshake('10.11.6-MariaDB'), 3306)).toMatchObject({
      service: 'mysql',
      product: 'MariaDB',
      version: '10.11.6',
    });
    // MariaDB 10.x/11.x prefix their version with 5.5.5- for old clients (this machine's MariaDB sends exactly this).
    expect(classifyGreeting(mysqlHandshake('5.5.5-10.11.19-MariaDB-0+deb12u1'), 3306)).toEqual({
      service: 'mysql',
      product: 'MariaDB',
      version: '10.11.19',
    });
    expect(classifyGreeting(mysqlHandshake('8.0.36-0ubuntu0.22.04.1'), 3306)).toEqual({
      service: 'mysql',
      product: 'MySQL',
      version: '8.0.36',
    });
    expect(parseMysqlVersion('8.0.35-27')).toEqual({ product: 'MySQL', version: '8.0.35' });
    expect(parseMysqlVersion('11.4.2-MariaDB-ubu2404')).toEqual({ product: 'MariaDB', version: '11.4.2' });
    // A server refusing our address answers an error packet: still MySQL, no version.
    const message = Buffer.from("\xffj\x04Host '192.0.2.7' is not allowed to connect to this MySQL server", 'latin1');
    const error = Buffer.concat([Buffer.from([message.length, 0, 0, 0]), message]);
    expect(classifyGreeting(error, 3306)).toEqual({ service: 'mysql', product: 'MySQL', version: null });
  });

  it('reads the Redis version out of INFO server', () => {
    const info = '$573\r\n# Server\r\nredis_version:7.0.15\r\nredis_git_sha1:00000000\r\nredis_mode:standalone\r\n';
    expect(parseRedisVersion(info)).toBe('7.0.15');
    expect(parseRedisVersion('-NOAUTH Authentication required.\r\n')).toBeNull();
  });

  it('returns null for what it does not know', () => {
    expect(classifyGreeting(Buffer.from('hello\n'), 9999)).toBeNull();
  });

  it('maps Server and X-Powered-By headers to products', () => {
    expect(parseSoftwareHeader('Apache/2.4.49 (Unix) OpenSSL/1.1.1')).toEqual({
      product: 'Apache httpd',
      version: '2.4.49',
    });
    expect(parseSoftwareHeader('nginx/1.18.0')).toEqual({ product: 'nginx', version: '1.18.0' });
    expect(parseSoftwareHeader('Microsoft-IIS/10.0')).toEqual({ product: 'Microsoft IIS httpd', version: '10.0' });
    expect(parseSoftwareHeader('PHP/8.3.1')).toEqual({ product: 'PHP', version: '8.3.1' });
    expect(parseSoftwareHeader('cloudflare')).toEqual({ product: 'cloudflare', version: null });
    expect(parseSoftwareHeader('Apache/2.4.58 (Ubuntu)')).toEqual({ product: 'Apache httpd', version: '2.4.58' });
    expect(parseSoftwareHeader('Apache')).toEqual({ product: 'Apache httpd', version: null });
    expect(parseSoftwareHeader('nginx/1.24.0 (Ubuntu)')).toEqual({ product: 'nginx', version: '1.24.0' });
    expect(parseSoftwareHeader('nginx')).toEqual({ product: 'nginx', version: null });
    expect(parseSoftwareHeader('openresty/1.21.4.1')).toEqual({ product: 'OpenResty', version: '1.21.4.1' });
    expect(parseSoftwareHeader('Apache-Coyote/1.1')).toEqual({
      product: 'Apache Tomcat/Coyote JSP engine',
      version: '1.1',
    });
    expect(parseSoftwareHeader('Jetty(9.4.51.v20230217)')).toEqual({ product: 'Jetty', version: '9.4.51.v20230217' });
    expect(parseSoftwareHeader('Werkzeug/2.3.7 Python/3.11.4')).toEqual({
      product: 'Werkzeug httpd',
      version: '2.3.7',
    });
    expect(parseSoftwareHeader('Microsoft-HTTPAPI/2.0')).toEqual({
      product: 'Microsoft HTTPAPI httpd',
      version: '2.0',
    });
    expect(parseSoftwareHeader('lighttpd/1.4.59')).toEqual({ product: 'lighttpd', version: '1.4.59' });
    expect(parseSoftwareHeader('PHP/7.4.3-4ubuntu2.19')).toEqual({ product: 'PHP', version: '7.4.3-4ubuntu2.19' });
  });
});

/** Whether something listens on 127.0.0.1:port (the machine's own MariaDB and Redis). */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the real MariaDB and Redis of this machine', () => {
  it('identifies MariaDB by its real handshake and Redis with its version', async () => {
    const ports = [3306, 6379];
    const up = await Promise.all(ports.map(listening));
    const scanned = ports.filter((_, i) => up[i]);
    if (!scanned.length) return console.log('no MariaDB on 3306 nor Redis on 6379 here: the real banners are not read');
    const result = await new BuiltinEngine().scan({
      hosts: ['127.0.0.1'],
      ports: scanned.map((p) => ({ protocol: 'tcp' as const, start: p, end: p })),
      options: { timeoutMs: 2000, concurrency: 4, checks: ['banner'] },
      signal: new AbortController().signal,
    });
    const services = result.hosts[0].services;
    const mysql = services.find((s) => s.port === 3306);
    if (mysql) {
      expect(mysql.service).toBe('mysql');
      // "5.5.5-10.11.19-MariaDB-0+deb12u1" → MariaDB 10.11.19, never 5.5.5.
      if (/mariadb/i.test(mysql.banner ?? '')) expect(mysql.product).toBe('MariaDB');
      expect(mysql.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(mysql.version).not.toBe('5.5.5');
    }
    const redis = services.find((s) => s.port === 6379);
    if (redis) {
      expect(redis).toMatchObject({ service: 'redis', product: 'Redis key-value store' });
      if (redis.banner?.startsWith('+PONG')) expect(redis.version).toMatch(/^\d+\.\d+/);
    }
  });
});

describe('raw ClientHello', () => {
  it('builds a well-formed record offering exactly the given suites', () => {
    const hello = buildClientHello(0x0303, [0x000a, 0xc012], 'www.example.test');
    expect(hello[0]).toBe(0x16);
    expect(hello.readUInt16BE(3)).toBe(hello.length - 5);
    expect(hello[5]).toBe(0x01);
    expect(hello.readUInt16BE(9)).toBe(0x0303);
    expect(hello.readUInt16BE(44)).toBe(4);
    expect([hello.readUInt16BE(46), hello.readUInt16BE(48)]).toEqual([0x000a, 0xc012]);
    expect(hello.includes(Buffer.from('www.example.test'))).toBe(true);
  });

  it('sends no extensions (and no SNI) in an SSLv3 hello', () => {
    const hello = buildClientHello(0x0300, [0x002f], 'www.example.test');
    expect(hello.readUInt16BE(1)).toBe(0x0300);
    expect(hello.includes(Buffer.from('www.example.test'))).toBe(false);
  });

  it('parses the chosen suite out of a ServerHello, and nothing out of an alert', () => {
    const body = Buffer.concat([Buffer.from([0x03, 0x03]), Buffer.alloc(32), Buffer.from([0, 0xc0, 0x12, 0])]);
    const record = Buffer.concat([Buffer.from([0x16, 0x03, 0x03, 0, body.length + 4, 0x02, 0, 0, body.length]), body]);
    expect(parseServerHello(record)).toEqual({ version: 0x0303, cipher: 0xc012 });
    expect(parseServerHello(Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28]))).toBeNull();
  });
});
