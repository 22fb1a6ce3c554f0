import { createHash } from 'node:crypto';

/**
 * The small HTML pages behind the account email links (confirm, accept an invitation, reset a password) when no
 * portal serves them: server-rendered strings, every interpolated value escaped, no script, no external asset.
 * The one stylesheet is inline and allowed by its hash in the Content-Security-Policy.
 */

export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(
    /[&<>"'`=]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' })[c]!,
  );

// Colours meet WCAG AA contrast on white (text #1f2328 ≈ 15:1, links/buttons #0b57d0 ≈ 6.6:1, errors #b3261e ≈ 6.5:1).
const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f4f6f8}
main{max-width:28rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d0d7de;border-radius:8px}
h1{font-size:1.5rem;margin:0 0 .5rem}
p{margin:.5rem 0 1rem}
label{display:block;font-weight:600;margin-top:1rem}
.hint{display:block;font-weight:400;font-size:.875rem;color:#57606a}
input[hidden]{display:none}
input{display:block;width:100%;margin-top:.25rem;padding:.6rem .7rem;font:inherit;color:inherit;border:1px solid #6e7781;border-radius:6px}
input:focus,button:focus{outline:3px solid #0b57d0;outline-offset:2px}
input[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.error{display:block;color:#b3261e;font-size:.925rem;margin-top:.25rem}
.summary{border:2px solid #b3261e;border-radius:6px;padding:.75rem 1rem;margin:1rem 0;color:#1f2328}
.summary h2{font-size:1rem;margin:0 0 .25rem;color:#b3261e}
.summary ul{margin:0;padding-left:1.25rem}
.done{border:2px solid #1a7f37;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
button{margin-top:1.5rem;padding:.7rem 1.2rem;font:inherit;font-weight:600;color:#fff;background:#0b57d0;border:0;border-radius:6px;cursor:pointer}
.who{font-weight:600}
`.trim();

export const STYLE_HASH = `'sha256-${createHash('sha256').update(CSS).digest('base64')}'`;

/** Nothing may load, run or frame; the only thing a page may do is post its form to itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${STYLE_HASH}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export interface Field {
  name: string;
  label: string;
  type: 'password' | 'text';
  autocomplete: string;
  hint?: string;
  required?: boolean;
  value?: string;
}

export interface FormPage {
  title: string;
  intro: string;
  /** Hidden values posted back (the link's token, the CSRF token). */
  hidden: Record<string, string>;
  fields: Field[];
  submit: string;
  /** The account, shown read-only (and given to password managers as the username). */
  username?: string;
  /** Errors by field name; `_` for errors about the form as a whole. */
  errors?: Record<string, string[]>;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · CG Scanning</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function renderForm(page: FormPage): string {
  const errors = page.errors ?? {};
  const all = Object.entries(errors).flatMap(([field, list]) => list.map((message) => ({ field, message })));
  const firstInvalid = page.fields.find((f) => errors[f.name]?.length)?.name;
  const summary = all.length
    ? `<div class="summary" role="alert" aria-labelledby="summary-title"><h2 id="summary-title">Please check the form</h2><ul>${all
        .map((e) =>
          e.field === '_' || !page.fields.some((f) => f.name === e.field)
            ? `<li>${escapeHtml(e.message)}</li>`
            : `<li><a href="#${escapeHtml(e.field)}">${escapeHtml(e.message)}</a></li>`,
        )
        .join('')}</ul></div>`
    : '';
  const fields = page.fields
    .map((f) => {
      const own = errors[f.name] ?? [];
      const described = [f.hint ? `${f.name}-hint` : '', own.length ? `${f.name}-error` : ''].filter(Boolean);
      return `<label for="${escapeHtml(f.name)}">${escapeHtml(f.label)}${f.hint ? `<span class="hint" id="${escapeHtml(f.name)}-hint">${escapeHtml(f.hint)}</span>` : ''}</label>
<input id="${escapeHtml(f.name)}" name="${escapeHtml(f.name)}" type="${f.type}" autocomplete="${escapeHtml(f.autocomplete)}"${f.required ? ' required' : ''}${f.value !== undefined ? ` value="${escapeHtml(f.value)}"` : ''}${described.length ? ` aria-describedby="${described.join(' ')}"` : ''}${own.length ? ' aria-invalid="true"' : ''}${f.name === firstInvalid ? ' autofocus' : ''}>
${own.length ? `<span class="error" id="${escapeHtml(f.name)}-error">${own.map(escapeHtml).join(' ')}</span>` : ''}`;
    })
    .join('\n');
  const hidden = Object.entries(page.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const username =
    page.username !== undefined
      ? `<p>Account: <span class="who">${escapeHtml(page.username)}</span></p><input type="text" name="username" autocomplete="username" value="${escapeHtml(page.username)}" hidden readonly>`
      : '';
  return layout(
    page.title,
    `<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.intro)}</p>
${summary}
<form method="post" novalidate>
${username}
${hidden}
${fields}
<button type="submit">${escapeHtml(page.submit)}</button>
</form>`,
  );
}

export function renderMessage(title: string, message: string, kind: 'done' | 'error'): string {
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<div class="${kind === 'done' ? 'done' : 'summary'}" role="${kind === 'done' ? 'status' : 'alert'}"><p>${escapeHtml(message)}</p></div>`,
  );
}
