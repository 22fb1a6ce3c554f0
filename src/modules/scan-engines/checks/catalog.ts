import type { CheckDefinition } from './finding';

/**
 * The built-in checks. Scores follow the CVSS v3.1 vectors below (computed, not typed in); the ratings are in line
 * with what common scanners give the same weakness. Check ids never change once shipped (findings are matched by them).
 */
function define<K extends string>(checks: Record<K, Omit<CheckDefinition, 'checkId'> & { checkId: string }>) {
  return checks;
}

const EARLY_TLS_PCI = 'SSL and early TLS (TLS 1.0/1.1) are not strong cryptography under PCI DSS';

export const CHECKS = define({
  tlsProtocolSsl3: {
    checkId: 'tls.weak-protocol-ssl3',
    title: 'SSL 3.0 protocol enabled',
    description: 'The service accepts SSL 3.0, which is broken (POODLE) and prohibited by RFC 7568.',
    solution: 'Disable SSL 2.0 and SSL 3.0 (and TLS 1.0/1.1); offer TLS 1.2 and TLS 1.3 only.',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:L/I:N/A:N',
    cve: ['CVE-2014-3566'],
    cwe: ['CWE-327'],
    pciAutomaticFailure: EARLY_TLS_PCI,
  },
  tlsProtocol10: {
    checkId: 'tls.weak-protocol-tls10',
    title: 'TLS 1.0 protocol enabled',
    description:
      'The service accepts TLS 1.0, a deprecated protocol (RFC 8996) with known weaknesses (BEAST, weak hash constructions, no AEAD ciphers).',
    solution: 'Disable TLS 1.0 and TLS 1.1; offer TLS 1.2 and TLS 1.3 only.',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:L/A:N',
    cwe: ['CWE-327'],
    pciAutomaticFailure: EARLY_TLS_PCI,
  },
  tlsProtocol11: {
    checkId: 'tls.weak-protocol-tls11',
    title: 'TLS 1.1 protocol enabled',
    description: 'The service accepts TLS 1.1, a deprecated protocol (RFC 8996) without AEAD cipher suites.',
    solution: 'Disable TLS 1.0 and TLS 1.1; offer TLS 1.2 and TLS 1.3 only.',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:L/A:N',
    cwe: ['CWE-327'],
    pciAutomaticFailure: EARLY_TLS_PCI,
  },
  tlsExpired: {
    checkId: 'tls.certificate-expired',
    title: 'TLS certificate expired',
    description:
      'The certificate presented by the service is past its notAfter date; clients cannot authenticate the server.',
    solution: 'Replace the certificate with a valid one from a trusted certificate authority and automate renewal.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N',
    cwe: ['CWE-298'],
  },
  tlsNotYetValid: {
    checkId: 'tls.certificate-not-yet-valid',
    title: 'TLS certificate not yet valid',
    description: 'The certificate presented by the service has a notBefore date in the future.',
    solution: 'Install a currently valid certificate and check the server clock.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N',
    cwe: ['CWE-298'],
  },
  tlsExpiringSoon: {
    checkId: 'tls.certificate-expiring-soon',
    title: 'TLS certificate expires within 30 days',
    description: 'The certificate presented by the service expires soon; once expired, clients will reject it.',
    solution: 'Renew the certificate before it expires.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N',
  },
  tlsSelfSigned: {
    checkId: 'tls.self-signed-certificate',
    title: 'Self-signed TLS certificate',
    description:
      'The service presents a self-signed certificate. Clients cannot verify the server identity, which enables man-in-the-middle attacks.',
    solution: 'Use a certificate issued by a trusted certificate authority.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N',
    cwe: ['CWE-295'],
  },
  tlsUntrusted: {
    checkId: 'tls.untrusted-certificate',
    title: 'TLS certificate cannot be trusted',
    description:
      'The certificate chain does not lead to a trusted certificate authority (missing intermediate or unknown issuer).',
    solution: 'Use a certificate from a trusted certificate authority and serve the complete chain.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N',
    cwe: ['CWE-295'],
  },
  tlsHostnameMismatch: {
    checkId: 'tls.hostname-mismatch',
    title: 'TLS certificate does not match the host name',
    description:
      'The certificate is not valid for the name the service was scanned by (RFC 6125 / RFC 2818): an IP address must be ' +
      'one of its IP address subject alternative names; a host name must match one of its DNS names (a wildcard ' +
      'covers one left-most label), the common name counting only when the certificate has no DNS names.',
    solution: 'Use a certificate whose subject alternative names include every host name the service is reached by.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N',
    cwe: ['CWE-297'],
  },
  tlsWeakCipher: {
    checkId: 'tls.weak-cipher',
    title: 'Weak TLS cipher suites supported',
    description:
      'The service negotiates cipher suites with broken or short-block encryption (NULL, EXPORT, RC4, DES or 3DES; 3DES is exposed to SWEET32).',
    solution: 'Disable NULL, EXPORT, RC4, DES and 3DES cipher suites; prefer AEAD suites (AES-GCM, ChaCha20-Poly1305).',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
    cve: ['CVE-2016-2183'],
    cwe: ['CWE-327'],
  },
  tlsAnonymousCipher: {
    checkId: 'tls.anonymous-cipher',
    title: 'Anonymous TLS key exchange supported',
    description:
      'The service negotiates anonymous (unauthenticated) Diffie-Hellman cipher suites, allowing man-in-the-middle attacks.',
    solution: 'Disable anonymous cipher suites (aNULL).',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N',
    cwe: ['CWE-287'],
    pciAutomaticFailure: 'anonymous key-exchange protocols are not allowed by the ASV Program Guide',
  },
  httpMissingHsts: {
    checkId: 'http.missing-hsts',
    title: 'HTTP Strict-Transport-Security header missing',
    description:
      'The HTTPS service does not send Strict-Transport-Security, so browsers may be downgraded to plain HTTP.',
    solution: 'Send "Strict-Transport-Security: max-age=31536000; includeSubDomains" on every HTTPS response.',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N',
    cwe: ['CWE-319'],
  },
  httpMissingFrameOptions: {
    checkId: 'http.missing-x-frame-options',
    title: 'Clickjacking protection missing',
    description: 'The response has neither X-Frame-Options nor a Content-Security-Policy frame-ancestors directive.',
    solution: 'Send "X-Frame-Options: DENY" (or SAMEORIGIN) or a Content-Security-Policy with frame-ancestors.',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:N/I:L/A:N',
    cwe: ['CWE-1021'],
  },
  httpMissingContentTypeOptions: {
    checkId: 'http.missing-x-content-type-options',
    title: 'X-Content-Type-Options header missing',
    description: 'Without "X-Content-Type-Options: nosniff" browsers may MIME-sniff responses into executable content.',
    solution: 'Send "X-Content-Type-Options: nosniff" on every response.',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:N/I:L/A:N',
    cwe: ['CWE-693'],
  },
  httpMissingCsp: {
    checkId: 'http.missing-content-security-policy',
    title: 'Content-Security-Policy header missing',
    description:
      'Without a Content-Security-Policy the browser has no second line of defence against injected scripts.',
    solution: 'Send a restrictive Content-Security-Policy header.',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:N/I:L/A:N',
    cwe: ['CWE-693'],
  },
  httpServerVersion: {
    checkId: 'http.server-version-disclosure',
    title: 'Web server version disclosed',
    description: 'The Server header reveals the product and version, which helps attackers pick known exploits.',
    solution:
      'Configure the server to send a generic Server header (e.g. Apache "ServerTokens Prod", nginx "server_tokens off").',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N',
    cwe: ['CWE-497'],
  },
  httpPoweredByVersion: {
    checkId: 'http.x-powered-by-disclosure',
    title: 'Application framework version disclosed',
    description: 'The X-Powered-By header reveals the framework or language runtime and its version.',
    solution: 'Remove the X-Powered-By header (e.g. PHP "expose_php = Off").',
    cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N',
    cwe: ['CWE-497'],
  },
  httpDirectoryListing: {
    checkId: 'http.directory-listing',
    title: 'Directory listing enabled',
    description: 'The web server lists the contents of a directory, exposing files that were not meant to be linked.',
    solution: 'Disable automatic directory indexes (Apache "Options -Indexes", nginx "autoindex off").',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N',
    cwe: ['CWE-548'],
  },
  httpTraceEnabled: {
    checkId: 'http.trace-enabled',
    title: 'HTTP TRACE method enabled',
    description:
      'The server echoes TRACE requests, which can expose cookies and authorization headers (cross-site tracing).',
    solution: 'Disable the TRACE method (Apache "TraceEnable off").',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N',
    cve: ['CVE-2003-1567', 'CVE-2004-2320'],
    cwe: ['CWE-693'],
  },
  databaseExposed: {
    checkId: 'service.database-exposed',
    title: 'Database service reachable over the network',
    description:
      'A database server accepts connections from the scanner. Databases should not be reachable from untrusted networks.',
    solution: 'Restrict the database to trusted hosts with a firewall or bind it to a private interface.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N',
    cwe: ['CWE-668'],
    pciAutomaticFailure: 'databases must not be reachable from the Internet',
  },
  redisNoAuth: {
    checkId: 'redis.no-authentication',
    title: 'Redis accepts commands without authentication',
    description:
      'The Redis server answered PING without credentials: anyone who can reach it can read and change all data.',
    solution: 'Enable authentication (requirepass or ACL users), enable protected mode and restrict network access.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    cwe: ['CWE-306'],
    pciAutomaticFailure: 'service accessible without credentials (default account)',
  },
  ftpAnonymous: {
    checkId: 'ftp.anonymous-login',
    title: 'Anonymous FTP login allowed',
    description: 'The FTP server accepts the built-in "anonymous" account.',
    solution: 'Disable anonymous FTP unless the server is meant to publish public files, and then keep it read-only.',
    cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N',
    cwe: ['CWE-287'],
    pciAutomaticFailure: 'built-in or default account accepted',
  },
});
