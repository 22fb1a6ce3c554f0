import { ParameterError } from '../../src/common/errors/app-error';
import { parseRecommendAnswers, recommendSaq } from '../../src/modules/saq/saq-recommender';

const merchant = { service_provider: false, stores_account_data_electronically: false };
const recommend = (answers: Record<string, unknown>) => recommendSaq(parseRecommendAnswers(answers));
const problemsOf = (answers: unknown): string[] => {
  try {
    parseRecommendAnswers(answers);
  } catch (error) {
    if (error instanceof ParameterError) return error.entries.map((e) => e.message);
    throw error;
  }
  return [];
};

describe('SAQ recommender', () => {
  const ecommerce = (payment_page: string, extra: Record<string, unknown> = {}) => ({
    ...merchant,
    channels: ['ecommerce'],
    ecommerce: { payment_page, ...extra },
    providers_pci_compliant: true,
  });

  it.each([
    ['redirect', {}, 'A'],
    ['iframe', { scripts_protected: true }, 'A'],
    ['iframe', { scripts_protected: false }, 'A-EP'],
    ['direct_post', {}, 'A-EP'],
    ['javascript_form', {}, 'A-EP'],
    ['merchant_server', {}, 'D-Merchant'],
  ])('e-commerce with a %s payment page %j → SAQ %s', (page, extra, type) => {
    expect(recommend(ecommerce(page, extra)).type).toBe(type);
  });

  it.each([
    ['card_present', 'imprint_only', {}, 'B'],
    ['card_present', 'dial_out_terminals', {}, 'B'],
    ['card_present', 'ip_terminals', { isolated_from_other_systems: true }, 'B-IP'],
    ['card_present', 'ip_terminals', { isolated_from_other_systems: false }, 'D-Merchant'],
    [
      'card_present',
      'p2pe_terminals',
      { isolated_from_other_systems: true, p2pe_instruction_manual_followed: true },
      'P2PE',
    ],
    [
      'card_present',
      'p2pe_terminals',
      { isolated_from_other_systems: true, p2pe_instruction_manual_followed: false },
      'B-IP',
    ],
    ['card_present', 'spoc', {}, 'SPoC'],
    ['card_present', 'payment_application', { isolated_from_other_systems: true }, 'C'],
    ['moto', 'virtual_terminal', { isolated_from_other_systems: true, providers_pci_compliant: true }, 'C-VT'],
    ['moto', 'fully_outsourced', { providers_pci_compliant: true }, 'A'],
  ])('%s through %s %j → SAQ %s', (channel, method, extra, type) => {
    expect(recommend({ ...merchant, channels: [channel], [channel]: { method }, ...extra }).type).toBe(type);
  });

  it('explains the choice, each channel, and why every other type does not fit', () => {
    const r = recommend(ecommerce('direct_post'));
    expect(r).toMatchObject({ type: 'A-EP', name: 'SAQ A-EP' });
    expect(r.reasons.join(' ')).toMatch(/posts card data straight to the provider/);
    expect(r.channels).toEqual([{ channel: 'ecommerce', type: 'A-EP', reason: expect.any(String) }]);
    const why = Object.fromEntries(r.not_suitable.map((n) => [n.type, n.reason]));
    expect(Object.keys(why).sort()).toEqual(['A', 'B', 'B-IP', 'C', 'C-VT', 'D-Merchant', 'D-SP', 'P2PE', 'SPoC']);
    expect(why.A).toMatch(/fully outsourced/);
    expect(why.B).toMatch(/does not cover e-commerce/);
    expect(why['D-Merchant']).toMatch(/shorter SAQ/);
    expect(why['D-SP']).toMatch(/service providers/);
  });

  it('channels that fit different SAQs lead to SAQ D for Merchants, naming both', () => {
    const r = recommend({
      ...merchant,
      channels: ['ecommerce', 'card_present'],
      ecommerce: { payment_page: 'redirect' },
      card_present: { method: 'dial_out_terminals' },
      providers_pci_compliant: true,
    });
    expect(r.type).toBe('D-Merchant');
    expect(r.channels.map((c) => c.type)).toEqual(['A', 'B']);
    expect(r.reasons.join(' ')).toMatch(/SAQ A, SAQ B/);
  });

  it('service providers get SAQ D for Service Providers; electronic storage means SAQ D for Merchants', () => {
    expect(recommend({ ...ecommerce('redirect'), service_provider: true }).type).toBe('D-SP');
    expect(recommend({ ...ecommerce('redirect'), stores_account_data_electronically: true }).type).toBe('D-Merchant');
  });

  it('unknown questions, bad values and missing answers are 422s naming the field', () => {
    expect(problemsOf({ ...ecommerce('redirect'), colour: 'blue' })).toEqual([
      'answers.colour is not a known question',
    ]);
    expect(problemsOf({ ...merchant, channels: ['fax'] })).toEqual([
      'answers.channels must list one or more distinct channels of ecommerce, moto, card_present',
    ]);
    expect(problemsOf({ channels: ['moto'], moto: { method: 'carrier_pigeon' } })).toEqual([
      'answers.service_provider is required (true or false)',
      'answers.stores_account_data_electronically is required (true or false)',
      'answers.moto.method must be one of fully_outsourced, virtual_terminal, p2pe_terminals, ip_terminals, dial_out_terminals, payment_application',
    ]);
    expect(problemsOf({ ...merchant, channels: ['ecommerce'], providers_pci_compliant: true })).toEqual([
      'answers.ecommerce.payment_page is required when channels include ecommerce',
    ]);
    expect(problemsOf({ ...ecommerce('iframe') })[0]).toMatch(/^answers\.ecommerce\.scripts_protected is required/);
    expect(problemsOf({ ...merchant, channels: ['card_present'], card_present: { method: 'ip_terminals' } })).toEqual([
      'answers.isolated_from_other_systems is required (true or false)',
    ]);
    expect(problemsOf('yes')).toEqual(['answers must be an object']);
  });
});
