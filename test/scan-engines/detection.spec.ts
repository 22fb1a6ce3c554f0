import { classifyGreeting, parseSoftwareHeader } from '../../src/modules/scan-engines/builtin/service-detection';
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
    ['+OK Dovecot ready.\r\n', 110, { service: 'pop3', product: null, version: null }],
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
    });
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
