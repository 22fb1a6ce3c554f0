import { ParameterError } from '../../common/errors/app-error';
import { SAQ_CHANNELS, SAQ_TYPES, saqCatalog, type SaqChannel, type SaqType } from './saq-catalog';

/** How the e-commerce payment page is built (PCI SSC FAQ: redirect and iframe are SAQ A, direct post is A-EP). */
export const PAYMENT_PAGES = ['redirect', 'iframe', 'direct_post', 'javascript_form', 'merchant_server'] as const;
/** How mail/telephone orders are taken. */
export const MOTO_METHODS = [
  'fully_outsourced',
  'virtual_terminal',
  'p2pe_terminals',
  'ip_terminals',
  'dial_out_terminals',
  'payment_application',
] as const;
/** How cards are accepted in person. */
export const CARD_PRESENT_METHODS = [
  'imprint_only',
  'dial_out_terminals',
  'ip_terminals',
  'p2pe_terminals',
  'spoc',
  'virtual_terminal',
  'payment_application',
] as const;

type PaymentPage = (typeof PAYMENT_PAGES)[number];
type MotoMethod = (typeof MOTO_METHODS)[number];
type CardPresentMethod = (typeof CARD_PRESENT_METHODS)[number];
type Method = MotoMethod | CardPresentMethod;

export interface RecommendAnswers {
  service_provider: boolean;
  channels: SaqChannel[];
  stores_account_data_electronically: boolean;
  ecommerce?: { payment_page: PaymentPage; scripts_protected?: boolean };
  moto?: { method: MotoMethod };
  card_present?: { method: CardPresentMethod };
  /** The terminals, payment application or virtual-terminal computer are isolated from every other system. */
  isolated_from_other_systems?: boolean;
  /** Every control of the P2PE Instruction Manual is in place. */
  p2pe_instruction_manual_followed?: boolean;
  /** The payment service providers relied on are confirmed PCI DSS compliant. */
  providers_pci_compliant?: boolean;
}

export interface Recommendation {
  type: SaqType;
  name: string;
  reasons: string[];
  channels: { channel: SaqChannel; type: SaqType; reason: string }[];
  not_suitable: { type: SaqType; name: string; reason: string }[];
}

const CHANNEL_NAMES: Record<SaqChannel, string> = {
  ecommerce: 'E-commerce',
  moto: 'Mail/telephone order',
  card_present: 'Card-present',
};
const METHOD_NAMES: Record<Method, string> = {
  fully_outsourced: 'fully outsourced to a provider',
  virtual_terminal: 'a web-based virtual terminal',
  p2pe_terminals: 'terminals of a validated P2PE solution',
  ip_terminals: 'standalone IP-connected terminals',
  dial_out_terminals: 'standalone dial-out terminals',
  payment_application: 'a payment application (POS) system',
  imprint_only: 'imprint machines',
  spoc: 'a PCI-listed SPoC solution (card reader on a phone or tablet)',
};
const TOP_KEYS = [
  'service_provider',
  'channels',
  'stores_account_data_electronically',
  'ecommerce',
  'moto',
  'card_present',
  'isolated_from_other_systems',
  'p2pe_instruction_manual_followed',
  'providers_pci_compliant',
];
const nameOf = (type: SaqType) => saqCatalog.get(type).definition.name;

/** Checks the answers; every problem is a 422 entry naming its field. */
export function parseRecommendAnswers(raw: unknown): RecommendAnswers {
  const problems: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ParameterError(['answers must be an object']);
  const a = raw as Record<string, unknown>;
  for (const key of Object.keys(a))
    if (!TOP_KEYS.includes(key)) problems.push(`answers.${key} is not a known question`);
  const bool = (key: string, required: boolean) => {
    const v = a[key];
    if (v === undefined || v === null) {
      if (required) problems.push(`answers.${key} is required (true or false)`);
      return undefined;
    }
    if (typeof v !== 'boolean') problems.push(`answers.${key} must be true or false`);
    return v as boolean;
  };
  bool('service_provider', true);
  bool('stores_account_data_electronically', true);
  const channels = a.channels;
  if (
    !Array.isArray(channels) ||
    !channels.length ||
    channels.some((c) => !SAQ_CHANNELS.includes(c as SaqChannel)) ||
    new Set(channels).size !== channels.length
  ) {
    problems.push(`answers.channels must list one or more distinct channels of ${SAQ_CHANNELS.join(', ')}`);
  }
  const list = Array.isArray(channels) ? (channels as string[]) : [];
  const section = (
    key: 'ecommerce' | 'moto' | 'card_present',
    field: string,
    allowed: readonly string[],
    extra: string[],
  ) => {
    const v = a[key];
    const used = list.includes(key);
    if (v === undefined || v === null) {
      if (used) problems.push(`answers.${key}.${field} is required when channels include ${key}`);
      return;
    }
    if (!used) problems.push(`answers.${key} is given but channels do not include ${key}`);
    if (typeof v !== 'object' || Array.isArray(v)) return void problems.push(`answers.${key} must be an object`);
    const s = v as Record<string, unknown>;
    for (const k of Object.keys(s))
      if (k !== field && !extra.includes(k)) problems.push(`answers.${key}.${k} is not a known question`);
    if (typeof s[field] !== 'string' || !allowed.includes(s[field] as string))
      problems.push(`answers.${key}.${field} must be one of ${allowed.join(', ')}`);
  };
  section('ecommerce', 'payment_page', PAYMENT_PAGES, ['scripts_protected']);
  section('moto', 'method', MOTO_METHODS, []);
  section('card_present', 'method', CARD_PRESENT_METHODS, []);
  const ecommerce = a.ecommerce as { payment_page?: string; scripts_protected?: unknown } | undefined;
  if (ecommerce && typeof ecommerce === 'object') {
    if (ecommerce.scripts_protected !== undefined && typeof ecommerce.scripts_protected !== 'boolean')
      problems.push('answers.ecommerce.scripts_protected must be true or false');
    if (ecommerce.payment_page === 'iframe' && ecommerce.scripts_protected === undefined)
      problems.push(
        'answers.ecommerce.scripts_protected is required for an iframe: is the page that embeds it protected against script attacks?',
      );
  }
  const methods = [
    (a.moto as { method?: string } | undefined)?.method,
    (a.card_present as { method?: string } | undefined)?.method,
  ].filter((m): m is string => typeof m === 'string');
  const needsIsolation = methods.some((m) =>
    ['ip_terminals', 'payment_application', 'virtual_terminal', 'p2pe_terminals'].includes(m),
  );
  bool('isolated_from_other_systems', needsIsolation);
  bool('p2pe_instruction_manual_followed', methods.includes('p2pe_terminals'));
  const needsProviders =
    list.includes('ecommerce') || methods.includes('fully_outsourced') || methods.includes('virtual_terminal');
  bool('providers_pci_compliant', needsProviders);
  if (problems.length) throw new ParameterError(problems);
  return a as unknown as RecommendAnswers;
}

type Fit = { type: SaqType; reason: string };

/** Which SAQ one channel alone points to. */
function channelFit(a: RecommendAnswers, channel: SaqChannel): Fit {
  const isolated = a.isolated_from_other_systems === true;
  const providers = a.providers_pci_compliant !== false;
  if (channel === 'ecommerce') {
    const page = a.ecommerce!.payment_page;
    if (page === 'merchant_server') return { type: 'D-Merchant', reason: 'your website receives account data itself' };
    if (!providers) return { type: 'D-Merchant', reason: 'the payment provider is not confirmed PCI DSS compliant' };
    if (page === 'redirect')
      return {
        type: 'A',
        reason: "customers are redirected to the provider's payment page, so no element of it comes from your site",
      };
    if (page === 'iframe')
      return a.ecommerce!.scripts_protected
        ? {
            type: 'A',
            reason:
              "the payment form is the provider's embedded iframe and the page around it is protected against script attacks",
          }
        : {
            type: 'A-EP',
            reason:
              "the provider's iframe sits on a page of yours not confirmed to be protected against script attacks (SAQ A requires that since v4.0.1 r1)",
          };
    return {
      type: 'A-EP',
      reason:
        page === 'direct_post'
          ? 'your page posts card data straight to the provider, so your website produces the payment page'
          : 'your page builds the payment form with JavaScript, so your website controls the payment page',
    };
  }
  const method = (channel === 'moto' ? a.moto!.method : a.card_present!.method) as Method;
  const how = METHOD_NAMES[method];
  switch (method) {
    case 'fully_outsourced':
      return providers
        ? { type: 'A', reason: 'orders are handed to a compliant provider without handling card data electronically' }
        : { type: 'D-Merchant', reason: 'the provider taking the orders is not confirmed PCI DSS compliant' };
    case 'imprint_only':
    case 'dial_out_terminals':
      return { type: 'B', reason: `cards are taken with ${how} only` };
    case 'spoc':
      return { type: 'SPoC', reason: `cards are taken with ${how}` };
    case 'p2pe_terminals':
      if (a.p2pe_instruction_manual_followed) return { type: 'P2PE', reason: `cards are taken with ${how}` };
      return isolated
        ? {
            type: 'B-IP',
            reason:
              'the P2PE Instruction Manual is not fully followed, so the terminals count as IP-connected terminals',
          }
        : {
            type: 'D-Merchant',
            reason: 'the P2PE Instruction Manual is not followed and the terminals are not isolated',
          };
    case 'ip_terminals':
      return isolated
        ? { type: 'B-IP', reason: `cards are taken with ${how}, isolated from other systems` }
        : { type: 'D-Merchant', reason: `${how} are connected to other systems` };
    case 'payment_application':
      return isolated
        ? { type: 'C', reason: `cards go through ${how} isolated from other systems` }
        : { type: 'D-Merchant', reason: `${how} is connected to other systems` };
    case 'virtual_terminal':
      if (!providers) return { type: 'D-Merchant', reason: 'the virtual terminal provider is not confirmed compliant' };
      return isolated
        ? { type: 'C-VT', reason: `transactions are keyed one at a time into ${how} on an isolated computer` }
        : { type: 'D-Merchant', reason: `the computer using ${how} is connected to other systems` };
  }
}

/** Why one type does not fit these answers; null when it does. */
function whyNot(type: SaqType, a: RecommendAnswers, fits: Fit[], chosen: SaqType): string | null {
  const channels = a.channels;
  const methods = [a.moto?.method, a.card_present?.method].filter((m): m is Method => !!m);
  const onlyChannels = (allowed: SaqChannel[]) => channels.every((c) => allowed.includes(c));
  if (type === 'D-SP') return a.service_provider ? null : 'it is for service providers; you are a merchant';
  if (a.service_provider) return 'it is a merchant SAQ; service providers complete SAQ D for Service Providers';
  if (type === 'D-Merchant')
    return chosen === 'D-Merchant' ? null : `a shorter SAQ covers your channels (${nameOf(chosen)})`;
  if (a.stores_account_data_electronically) return 'you store account data electronically';
  const fitFor = (channel: SaqChannel) => fits.find((_, i) => channels[i] === channel)!;
  switch (type) {
    case 'A': {
      if (!onlyChannels(['ecommerce', 'moto'])) return 'it does not cover card-present payments';
      const other = channels.map(fitFor).find((f) => f.type !== 'A');
      return other ? `it needs every channel fully outsourced, and ${other.reason}` : null;
    }
    case 'A-EP': {
      if (!onlyChannels(['ecommerce'])) return 'it covers e-commerce only';
      const f = fitFor('ecommerce');
      if (f.type === 'A') return `your payment page is fully outsourced (${f.reason}): SAQ A applies`;
      return f.type === 'A-EP' ? null : `${f.reason}`;
    }
    default: {
      if (channels.includes('ecommerce')) return 'it does not cover e-commerce';
      if (type === 'SPoC' && !onlyChannels(['card_present'])) return 'it covers card-present payments only';
      const mismatch = channels.map(fitFor).find((f) => f.type !== type);
      if (!mismatch) return null;
      const wanted: Record<string, string> = {
        B: 'imprint machines or standalone dial-out terminals only',
        'B-IP': 'standalone IP-connected PTS terminals isolated from other systems',
        C: 'a payment application system isolated from other systems',
        'C-VT': 'a virtual terminal on an isolated computer, keyed one transaction at a time',
        P2PE: 'only a validated P2PE solution, with its Instruction Manual followed',
        SPoC: 'only a PCI-listed SPoC solution',
      };
      const used = methods.length ? methods.map((m) => METHOD_NAMES[m]).join(' and ') : 'other methods';
      return `it requires ${wanted[type]}; you use ${used}${mismatch.type === 'D-Merchant' ? ` (${mismatch.reason})` : ''}`;
    }
  }
}

/**
 * The SAQ type for a merchant's or service provider's payment channels, with the reasons, the type each channel
 * alone points to, and why each other type does not fit.
 */
export function recommendSaq(a: RecommendAnswers): Recommendation {
  const reasons: string[] = [];
  let fits: Fit[];
  let type: SaqType;
  if (a.service_provider) {
    fits = a.channels.map(() => ({ type: 'D-SP' as SaqType, reason: 'you are a service provider' }));
    type = 'D-SP';
    reasons.push(
      'You are a service provider: service providers eligible to self-assess complete SAQ D for Service Providers.',
    );
  } else if (a.stores_account_data_electronically) {
    fits = a.channels.map(() => ({ type: 'D-Merchant' as SaqType, reason: 'account data is stored electronically' }));
    type = 'D-Merchant';
    reasons.push('You store account data electronically: no shorter merchant SAQ allows that.');
  } else {
    fits = a.channels.map((c) => channelFit(a, c));
    const distinct = [...new Set(fits.map((f) => f.type))];
    for (const [i, f] of fits.entries())
      reasons.push(`${CHANNEL_NAMES[a.channels[i]]}: ${f.reason} (${nameOf(f.type)}).`);
    if (distinct.length === 1) {
      type = distinct[0];
      reasons.push('Account data is not stored electronically.');
    } else {
      type = 'D-Merchant';
      reasons.push(
        `Your channels fit different SAQs (${distinct.map(nameOf).join(', ')}). SAQ D for Merchants covers all of them in one questionnaire; ask your acquirer whether it accepts one SAQ per channel instead.`,
      );
    }
  }
  const def = saqCatalog.get(type).definition;
  reasons.push(`Confirm every eligibility criterion of ${def.name} before you start (Part 2 of the questionnaire).`);
  return {
    type,
    name: def.name,
    reasons,
    channels: a.channels.map((channel, i) => ({ channel, type: fits[i].type, reason: fits[i].reason })),
    not_suitable: SAQ_TYPES.filter((t) => t !== type).map((t) => ({
      type: t,
      name: nameOf(t),
      reason: whyNot(t, a, fits, type) ?? `${def.name} already covers your channels`,
    })),
  };
}
