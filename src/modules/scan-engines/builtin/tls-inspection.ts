import { X509Certificate } from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import type { Finding } from '../scan-engine';
import { CHECKS } from '../checks/catalog';
import { buildFinding } from '../checks/finding';
import { certificateMatchesName } from './cert-names';
import { exchange, type ProbeContext } from './net-probe';
import { ANONYMOUS_CIPHERS, COMMON_CIPHERS, helloProbe, PROTOCOL_VERSIONS, WEAK_CIPHERS } from './tls-hello';
import type { DetectedService } from './service-detection';

const DAY_MS = 86_400_000;
const EXPIRY_WARNING_DAYS = 30;

/** Whether a server that OpenSSL could not talk to still answers a raw ClientHello (legacy-only TLS). */
export async function speaksLegacyTls(ctx: ProbeContext): Promise<boolean> {
  const ids = Object.keys(COMMON_CIPHERS).map(Number);
  for (const version of [PROTOCOL_VERSIONS['TLSv1.2'], PROTOCOL_VERSIONS.TLSv1, PROTOCOL_VERSIONS.SSLv3]) {
    if (await helloProbe(ctx, version, ids)) return true;
  }
  return false;
}

/** Protocol versions accepted through OpenSSL (TLS 1.0/1.1 need the relaxed security level to be offered at all). */
async function acceptsWithOpenSsl(ctx: ProbeContext, version: 'TLSv1' | 'TLSv1.1'): Promise<boolean> {
  const result = await exchange(ctx, {
    tls: { minVersion: version, maxVersion: version, ciphers: 'DEFAULT:@SECLEVEL=0' },
  });
  return result.connected && result.tlsSession?.protocol === version;
}

let trustedRoots: X509Certificate[] | undefined;
function roots(): X509Certificate[] {
  trustedRoots ??= tls.rootCertificates.map((pem) => new X509Certificate(pem));
  return trustedRoots;
}

/** Chain walk of the served certificates up to a root in Node's bundled store (independent of expiry). */
function chainIsTrusted(certificate: tls.DetailedPeerCertificate): boolean {
  let current = certificate;
  for (let depth = 0; depth < 10 && current?.raw; depth++) {
    const x509 = new X509Certificate(current.raw);
    if (roots().some((root) => root.fingerprint256 === x509.fingerprint256)) return true;
    const issuerRoot = roots().find(
      (root) => root.subject === x509.issuer && x509.checkIssued(root) && x509.verify(root.publicKey),
    );
    if (issuerRoot) return true;
    const next = current.issuerCertificate;
    if (!next || next.fingerprint256 === current.fingerprint256) return false;
    current = next;
  }
  return false;
}

function describe(certificate: tls.DetailedPeerCertificate): string {
  const subject = certificate.subject?.CN ?? JSON.stringify(certificate.subject ?? {});
  const issuer = certificate.issuer?.CN ?? JSON.stringify(certificate.issuer ?? {});
  return `subject CN=${subject}, issuer CN=${issuer}, valid ${new Date(certificate.valid_from).toISOString()} to ${new Date(certificate.valid_to).toISOString()}`;
}

function certificateFindings(ctx: ProbeContext, session: NonNullable<DetectedService['tls']>): Finding[] {
  const { certificate } = session;
  if (!certificate?.raw) return [];
  const observation = { port: ctx.port, protocol: 'tcp' as const };
  const findings: Finding[] = [];
  const summary = describe(certificate);
  const now = Date.now();
  const notAfter = new Date(certificate.valid_to).getTime();
  const notBefore = new Date(certificate.valid_from).getTime();
  if (notAfter < now) {
    findings.push(
      buildFinding(CHECKS.tlsExpired, {
        ...observation,
        evidence: `Certificate expired ${new Date(notAfter).toISOString()} (${summary})`,
      }),
    );
  } else if (notAfter - now < EXPIRY_WARNING_DAYS * DAY_MS) {
    findings.push(
      buildFinding(CHECKS.tlsExpiringSoon, {
        ...observation,
        evidence: `Certificate expires ${new Date(notAfter).toISOString()} (${summary})`,
      }),
    );
  }
  if (notBefore > now) {
    findings.push(
      buildFinding(CHECKS.tlsNotYetValid, {
        ...observation,
        evidence: `Certificate valid from ${new Date(notBefore).toISOString()} (${summary})`,
      }),
    );
  }
  const x509 = new X509Certificate(certificate.raw);
  const selfSigned = x509.subject === x509.issuer && x509.verify(x509.publicKey);
  if (selfSigned && !chainIsTrusted(certificate)) {
    findings.push(
      buildFinding(CHECKS.tlsSelfSigned, { ...observation, evidence: `Self-signed certificate: ${summary}` }),
    );
  } else if (!selfSigned && !chainIsTrusted(certificate)) {
    findings.push(
      buildFinding(CHECKS.tlsUntrusted, {
        ...observation,
        evidence: `No trusted root for the chain (${session.authorizationError ?? 'unknown issuer'}): ${summary}`,
      }),
    );
  }
  // The name the scan reached the service by: the host name of the target, or the address it was given as.
  const name = ctx.hostname ?? ctx.address;
  const check = certificateMatchesName(certificate, name);
  if (!check.matches) {
    const kind = net.isIP(name) ? 'IP address' : 'Host name';
    findings.push(
      buildFinding(CHECKS.tlsHostnameMismatch, {
        ...observation,
        evidence: `${kind} ${name} does not match the certificate (${check.presented})`,
      }),
    );
  }
  return findings;
}

/** TLS checks of one TLS service: offered protocol versions, weak and anonymous suites, certificate. */
export async function inspectTls(ctx: ProbeContext, session: DetectedService['tls']): Promise<Finding[]> {
  const observation = { port: ctx.port, protocol: 'tcp' as const };
  const findings: Finding[] = session ? certificateFindings(ctx, session) : [];
  const common = Object.keys(COMMON_CIPHERS).map(Number);

  const ssl3 = await helloProbe(ctx, PROTOCOL_VERSIONS.SSLv3, common);
  if (ssl3) {
    findings.push(
      buildFinding(CHECKS.tlsProtocolSsl3, {
        ...observation,
        evidence: `Server accepted an SSLv3 ClientHello (cipher ${COMMON_CIPHERS[ssl3.cipher]})`,
      }),
    );
  }
  for (const [name, check] of [
    ['TLSv1', CHECKS.tlsProtocol10],
    ['TLSv1.1', CHECKS.tlsProtocol11],
  ] as const) {
    const raw = await helloProbe(ctx, PROTOCOL_VERSIONS[name], common);
    if (raw || (await acceptsWithOpenSsl(ctx, name))) {
      const cipher = raw ? ` (cipher ${COMMON_CIPHERS[raw.cipher]})` : '';
      findings.push(buildFinding(check, { ...observation, evidence: `Server completed a ${name} handshake${cipher}` }));
    }
  }
  const weak = await helloProbe(ctx, PROTOCOL_VERSIONS['TLSv1.2'], Object.keys(WEAK_CIPHERS).map(Number));
  if (weak) {
    findings.push(
      buildFinding(CHECKS.tlsWeakCipher, {
        ...observation,
        evidence: `Server chose ${WEAK_CIPHERS[weak.cipher]} when offered only weak suites`,
      }),
    );
  }
  const anonymous = await helloProbe(ctx, PROTOCOL_VERSIONS['TLSv1.2'], Object.keys(ANONYMOUS_CIPHERS).map(Number));
  if (anonymous) {
    findings.push(
      buildFinding(CHECKS.tlsAnonymousCipher, {
        ...observation,
        evidence: `Server chose ${ANONYMOUS_CIPHERS[anonymous.cipher]} when offered only anonymous suites`,
      }),
    );
  }
  return findings;
}
