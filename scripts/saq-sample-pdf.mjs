// Writes docs/samples/saq-a-ep.pdf: an approved SAQ A-EP of a fictitious shop, drawn by the same renderer the API
// uses (GET /v2/saqs/{id}?format=pdf), branded like a partner's portal.
//
//   npm run build && node scripts/saq-sample-pdf.mjs [out.pdf]
//
// Then look at it: pdftoppm -png -r 60 docs/samples/saq-a-ep.pdf /tmp/saq && ls /tmp/saq-*.png
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { renderSaqPdf } = require(path.join(root, 'dist/src/modules/saq/saq-pdf.js'));
const { saqCatalog } = require(path.join(root, 'dist/src/modules/saq/saq-catalog.js'));
const { summarize } = require(path.join(root, 'dist/src/modules/saq/saq-answers.js'));

const out = process.argv[2] ?? path.join(root, 'docs/samples/saq-a-ep.pdf');
const entry = saqCatalog.get('A-EP');
const at = '2026-11-20T14:05:00.000Z';
const by = '6f1d2c7e-3b7a-4f55-9a51-2d2f0c8e4b11';

const notApplicable = {
  '1.3.3': 'No wireless network is used in, or connected to, the environment that serves the payment page.',
  '6.2.1': 'The storefront is a configured SaaS theme; there is no bespoke or custom software.',
  '6.2.2': 'No bespoke or custom software is developed for or by the company.',
  '6.2.4': 'No bespoke or custom software is developed for or by the company.',
  '9.4.1': 'No paper records with account data are kept: orders are paid online only.',
  '9.4.1.1': 'No paper records with account data are kept.',
  '9.4.1.2': 'No paper records with account data are kept.',
  '9.4.2': 'No paper records with account data are kept.',
  '9.4.3': 'No paper records with account data are kept.',
  '9.4.4': 'No paper records with account data are kept.',
  '9.4.6': 'No paper records with account data are kept.',
};
const comments = {
  '6.4.3':
    'Script inventory kept in the release checklist; Subresource Integrity on every third-party script; CSP report-only alerts reviewed daily.',
  '11.3.2': 'Quarterly external scans of shop.example.com; latest passing scan on record (see Section 3).',
  '11.6.1': 'Hosted tamper-detection service checks the checkout page and its headers every 24 hours.',
};
const answers = {};
for (const r of entry.requirements) {
  answers[r.id] = notApplicable[r.id]
    ? {
        response: 'not_applicable',
        explanation: notApplicable[r.id],
        ccw: null,
        remediation_date: null,
        legal_exception: false,
      }
    : {
        response: 'in_place',
        explanation: comments[r.id] ?? null,
        ccw: null,
        remediation_date: null,
        legal_exception: false,
      };
  Object.assign(answers[r.id], { answered_at: at, answered_by: by });
}
answers['8.4.3'] = {
  response: 'in_place_ccw',
  explanation: 'The hosting provider console does not offer MFA for the legacy SFTP deployment account.',
  ccw: {
    constraints:
      'The storefront host only offers password authentication for its SFTP deployment endpoint; its replacement (deploy keys with MFA-backed approvals) is scheduled by the provider for Q3 2027.',
    objective:
      'Prevent an attacker who has one factor from reaching, from outside the network, systems that affect the payment page. The compensating controls give the same protection for the single deployment path.',
    identified_risk:
      'A stolen deployment password could let an attacker change the JavaScript that builds the payment form.',
    definition:
      'The SFTP endpoint accepts connections only from the office VPN, which itself requires MFA; the password is 32 random characters held in the team vault and rotated monthly; file-integrity monitoring alerts on any change to the checkout templates within five minutes.',
    validation:
      'Tested on 2026-10-02: connections from outside the VPN are refused; an unannounced template change raised an alert in 3 minutes; vault access logs reviewed.',
    maintenance:
      'Quarterly review of the VPN allow-list and of the alert test; password rotation tracked in the change calendar; the CCW is retired when the provider ships MFA.',
  },
  remediation_date: null,
  legal_exception: false,
  answered_at: at,
  answered_by: by,
};

const saq = {
  id: 'b7c2d1e0-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  organizationId: '0d8f7c6b-5a49-4382-9170-6e5d4c3b2a19',
  type: 'A-EP',
  state: 'approved',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  part1: {
    company_name: 'Northwind Coffee Roasters Ltd',
    dba: 'Northwind Coffee',
    mailing_address: '42 Harbour Street, Bristol, BS1 4QA, United Kingdom',
    website: 'https://shop.northwind-coffee.example',
    contact_name: 'Grace Hopper',
    contact_title: 'Head of Operations',
    contact_phone: '+44 117 496 0000',
    contact_email: 'compliance@northwind-coffee.example',
    isa_names: null,
    qsa_company: null,
    qsa_lead_assessor: null,
  },
  part2: {
    business_description:
      'Online shop selling roasted coffee beans and brewing equipment to consumers in the UK and EU.',
    payment_channels: ['ecommerce'],
    excluded_channels_explanation: null,
    channel_description:
      "E-commerce only. The checkout page is served by our storefront and builds the card form with the payment provider's JavaScript library, which sends card data directly from the customer's browser to the provider. Our servers never receive account data; they receive a token and the authorization result.",
    environment_description:
      "Storefront hosted by a PCI DSS compliant platform provider; checkout page and its scripts deployed from a private repository through the provider's SFTP endpoint; admin access to the storefront through the provider console with MFA. No card data is stored anywhere in the company.",
    segmentation_used: false,
    locations: [
      { facility_type: 'Corporate office', count: 1, location: 'Bristol, United Kingdom' },
      { facility_type: 'Cloud hosting region (storefront)', count: 2, location: 'Dublin, Ireland; Frankfurt, Germany' },
    ],
    service_providers: [
      {
        name: 'Example Payments Ltd',
        services: 'Payment gateway and JavaScript payment fields; authorization and settlement',
      },
      { name: 'Storefront Hosting plc', services: 'E-commerce platform hosting the storefront and checkout page' },
      { name: 'PageGuard', services: 'Payment-page script and header change monitoring (11.6.1)' },
    ],
    eligibility_confirmed: true,
  },
  answers,
  isTemplate: false,
  clonedFromId: null,
  createdBy: by,
  approvedBy: by,
  approvedAt: new Date(at),
  attestation: {
    name: 'Ada Lovelace',
    title: 'Managing Director',
    date: '2026-11-20',
    target_date: null,
    user_id: by,
    username: 'ada',
    approved_at: at,
  },
  asvEvidence: null,
  expiresAt: new Date('2027-11-20T00:00:00.000Z'),
  expiryReminderSentAt: null,
  createdAt: new Date('2026-10-01T09:00:00.000Z'),
  updatedAt: new Date(at),
};
const evidence = {
  history_id: '3e1f5a7c-9b2d-4e6f-8a0c-1d3e5f7a9b2c',
  scan_id: '5a7c9e1b-3d5f-4a8c-9e2b-4d6f8a0c2e4a',
  scan_name: 'Quarterly external scan (shop.northwind-coffee.example)',
  completed_at: '2026-11-02T03:14:00.000Z',
  expires_at: '2027-01-31T03:14:00.000Z',
  status: 'pass',
  report_id: null,
};
saq.asvEvidence = evidence;
const s = summarize(entry, answers);
if (s.status !== 'compliant') throw new Error(`sample is ${s.status}`);

const doc = renderSaqPdf({
  saq,
  evidence,
  generatedAt: new Date('2026-11-20T14:10:00.000Z'),
  branding: {
    companyName: 'Partner Security',
    logo: { contentType: 'image/png', bytes: fs.readFileSync(path.join(root, 'docs/samples/sample-logo.png')) },
    primaryColor: '#0a84ff',
    secondaryColor: '#0b2545',
    supportEmail: 'help@partner.example',
    portalDomain: 'portal.partner.example',
  },
});
await new Promise((resolve, reject) => doc.pipe(fs.createWriteStream(out)).on('finish', resolve).on('error', reject));
console.log(
  `wrote ${out} (${fs.statSync(out).size} bytes; ${s.total} requirements, ${s.counts.not_applicable} N/A, ${s.counts.in_place_ccw} CCW)`,
);
