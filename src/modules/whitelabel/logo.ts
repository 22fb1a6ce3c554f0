import { ParameterError } from '../../common/errors/app-error';

export const MAX_LOGO_BYTES = 1024 * 1024;
export type LogoType = 'image/png' | 'image/jpeg' | 'image/svg+xml';

/** Markup that would make an SVG active content (scripts, handlers, external documents, entity tricks). */
const UNSAFE_SVG =
  /<script|<foreignobject|<iframe|<embed|<object|<!entity|<!doctype|javascript:|\son[a-z]+\s*=|xlink:href\s*=\s*["']?(?!#)|\shref\s*=\s*["']?(?!#)/i;

/**
 * Decodes `logo_base64` (plain base64, or a `data:` URL whose declared type is ignored) and decides the type from
 * the bytes themselves: PNG or JPEG by magic number, SVG by its root element. Over 1 MB, anything else, or an SVG
 * with active content is a 422 naming `field`.
 */
export function parseLogo(input: string, field: string): { bytes: Buffer; contentType: LogoType } {
  const base64 = input.replace(/^data:[^,]{0,100},/, '').replace(/\s+/g, '');
  if (base64.length > Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 4)
    throw new ParameterError([`${field} must be at most 1 MB`]);
  if (!base64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw new ParameterError([`${field} must be base64`]);
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_LOGO_BYTES) throw new ParameterError([`${field} must be at most 1 MB`]);
  const contentType = sniff(bytes);
  if (!contentType) throw new ParameterError([`${field} must be a PNG, JPEG or SVG image`]);
  if (contentType === 'image/svg+xml' && UNSAFE_SVG.test(bytes.toString('utf8'))) {
    throw new ParameterError([`${field} is an SVG with scripts, event handlers or external references`]);
  }
  return { bytes, contentType };
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function sniff(bytes: Buffer): LogoType | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const text = bytes.toString('utf8');
  // Valid UTF-8 only (a replacement character means binary), then the root element after the XML prolog.
  if (text.includes('\uFFFD')) return null;
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/^\s*<\?xml[^>]{0,200}\?>/i, '')
    .replace(/^(\s*<!--[\s\S]*?-->)*/, '')
    .trimStart();
  return /^<svg[\s>]/i.test(body) ? 'image/svg+xml' : null;
}
