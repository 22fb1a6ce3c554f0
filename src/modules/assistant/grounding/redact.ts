/**
 * Removes what looks like a secret from text before it goes into a prompt. A finding's evidence is whatever the
 * scanned service sent back (HTTP headers echoed by TRACE, banners, page content, certificate fields), so it can
 * carry session cookies, bearer tokens, API keys, passwords in URLs or key material. The model never needs them to
 * explain a finding: each is replaced by `[REDACTED]`, keeping the name around it so the answer still makes sense.
 */
export const REDACTED = '[REDACTED]';

/** Names that say their value is a secret (`password=`, `"api_key":`, `X-Auth-Token:` ...). */
const SECRET_NAME =
  '["\']?\\b[\\w.-]*(?:passw(?:or)?d|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|session[_-]?id|sessid|auth|credentials?)\\b["\']?';

const RULES: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  // PEM blocks with key material (private keys of any kind, encrypted or not), also when cut short.
  [
    /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----[\s\S]*?(?:-----END \1-----|$)/g,
    (_m, kind) => `[REDACTED ${kind}]`,
  ],
  // Authorization / Proxy-Authorization headers: whatever follows the scheme.
  [
    /\b((?:Proxy-)?Authorization\s*:\s*)([A-Za-z-]+\s+)?[^\s,;]+/gi,
    (_m, head, scheme) => `${head}${scheme ?? ''}${REDACTED}`,
  ],
  // "Bearer <token>", "Basic <credentials>" anywhere else, when what follows looks like a credential (a digit or a
  // token character in it: "Basic authentication" stays).
  [
    /\b(Bearer|Basic|Digest|Negotiate|NTLM)(\s+)(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,}/gi,
    `$1$2${REDACTED}`,
  ],
  // Cookie: every value; Set-Cookie: the cookie's value (its attributes are not secret).
  [
    /(?<!Set-)\b(Cookie\s*:\s*)([^\r\n]*)/gi,
    (_m, head, rest) => head + rest.replace(/(^|;\s*)([^=;\s]+)=([^;]*)/g, `$1$2=${REDACTED}`),
  ],
  [/\b(Set-Cookie\s*:\s*[^=;\s]+=)[^;\r\n]*/gi, `$1${REDACTED}`],
  // user:password@ in URLs (any scheme).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]+@/gi, `$1:${REDACTED}@`],
  // Well-known token formats.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, REDACTED], // JWT
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, REDACTED], // AWS access key id
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, REDACTED], // GitHub
  [/\bgithub_pat_[A-Za-z0-9_]{30,}\b/g, REDACTED],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, REDACTED], // Slack
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g, REDACTED], // OpenAI / Anthropic style
  [/\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g, REDACTED], // Stripe
  [/\bAIza[0-9A-Za-z_-]{35}\b/g, REDACTED], // Google API key
  [/\bglpat-[A-Za-z0-9_-]{20,}/g, REDACTED], // GitLab
  // A quoted value after a secret's name (JSON, YAML, config files).
  [new RegExp(`(${SECRET_NAME}\\s*[:=]\\s*)(["'])(?:(?!\\2).)*\\2`, 'gi'), `$1$2${REDACTED}$2`],
  // name=value: an assignment, always.
  [new RegExp(`(${SECRET_NAME}\\s*=\\s*)(?!\\[REDACTED)[^\\s"'&;,<>]{3,}`, 'gi'), `$1${REDACTED}`],
  // name: value, when the value looks like one (a digit or symbol in it, or long): "credentials: anyone" is prose.
  [
    new RegExp(
      `(${SECRET_NAME}\\s*:\\s*)(?!\\[REDACTED)(?:(?=[^\\s"'&;,<>]*[0-9_+/=.~$!@#%^*-])[^\\s"'&;,<>]{3,}|[^\\s"'&;,<>]{16,})`,
      'gi',
    ),
    `$1${REDACTED}`,
  ],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement as never);
  return out;
}
