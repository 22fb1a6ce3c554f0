import { createHash } from 'node:crypto';
import { resource } from '../../common/http/resource';
import type {
  SaqAttributesDto,
  SaqTemplateAttributesDto,
  SaqTemplatePrincipalDto,
  SaqTypeAttributesDto,
} from './dto/saq.dto';
import { summarize } from './saq-answers';
import type { SaqTypeEntry } from './saq-catalog';
import { saqCatalog } from './saq-catalog';
import type { Saq, SaqAsvEvidence } from './saq.entity';

export const SAQ_TYPE = 'saq';
export const SAQ_TYPE_TYPE = 'saq_type';
export const SAQ_TEMPLATE_TYPE = 'saq_template';

/** A stable UUID (name-based, version 5 layout) for a catalog entry, so that catalog resources have UUID ids too. */
export function catalogId(name: string): string {
  const h = createHash('sha256').update(`cg-saq-catalog/${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export interface SaqView {
  saq: Saq;
  /** Shown as `asv_evidence`: the frozen evidence of an approved SAQ, or the live one of a draft. */
  evidence: SaqAsvEvidence | null;
  blockers: string[];
  /** Lists leave the answers out (GET the SAQ for them). */
  withAnswers: boolean;
}

export function presentSaq({ saq, evidence, blockers, withAnswers }: SaqView) {
  const entry = saqCatalog.get(saq.type);
  const summary = summarize(entry, saq.answers);
  const attributes: SaqAttributesDto = {
    type: saq.type,
    type_name: entry.definition.name,
    pci_dss_version: entry.definition.pci_dss_version,
    state: saq.state,
    status: summary.status,
    partial: summary.partial,
    progress: summary.progress,
    requirement_count: summary.total,
    answered_count: summary.answered,
    response_counts: summary.counts,
    assessment_period: { start: saq.periodStart, end: saq.periodEnd },
    part1: saq.part1,
    part2: saq.part2,
    ...(withAnswers ? { answers: saq.answers } : {}),
    asv_scan_required: entry.needsAsvScan,
    asv_evidence: evidence,
    approval_blockers: blockers,
    attestation: saq.attestation,
    approved_at: saq.approvedAt?.toISOString() ?? null,
    expires_at: saq.expiresAt?.toISOString() ?? null,
    expiry_reminder_sent_at: saq.expiryReminderSentAt?.toISOString() ?? null,
    template: saq.isTemplate,
    cloned_from_id: saq.clonedFromId,
    organization_id: saq.organizationId,
    created_by: saq.createdBy,
    created_at: saq.createdAt.toISOString(),
    updated_at: saq.updatedAt.toISOString(),
  } as SaqAttributesDto;
  return resource(SAQ_TYPE, saq.id, attributes, {
    organization: { data: { id: saq.organizationId, type: 'organization' } },
    cloned_from: { data: saq.clonedFromId ? { id: saq.clonedFromId, type: SAQ_TYPE } : null },
    asv_scan_history: { data: evidence ? { id: evidence.history_id, type: 'scan_history' } : null },
    asv_report: { data: evidence?.report_id ? { id: evidence.report_id, type: 'report' } : null },
  });
}

function typeAttributes(entry: SaqTypeEntry): SaqTypeAttributesDto {
  const d = entry.definition;
  return {
    type: d.type,
    name: d.name,
    title: d.title,
    audience: d.audience,
    applies_to: d.applies_to,
    channels: d.channels,
    pci_dss_version: d.pci_dss_version,
    source: d.source,
    provenance: d.provenance,
    provenance_note: d.provenance_note,
    eligibility: d.eligibility,
    responses: d.responses,
    question_count: entry.requirements.length,
    questions_by_principal_requirement: Object.fromEntries(
      d.principal_requirements.map((g) => [g.number, g.requirements.length]),
    ),
    asv_scan_required: entry.needsAsvScan,
  };
}

export const presentSaqType = (entry: SaqTypeEntry) =>
  resource(SAQ_TYPE_TYPE, catalogId(`type/${entry.definition.type}`), typeAttributes(entry));

export function presentSaqTemplate(entry: SaqTypeEntry) {
  const d = entry.definition;
  const principal_requirements: SaqTemplatePrincipalDto[] = d.principal_requirements.map((g) => ({
    number: g.number,
    title: g.title,
    requirements: g.requirements.map((r) => ({
      id: r.id,
      text: r.text,
      asv_scan: r.asv_scan === true,
      note: r.note ?? null,
    })),
  }));
  const attributes: SaqTemplateAttributesDto = {
    ...typeAttributes(entry),
    scope_notes: d.scope_notes ?? [],
    principal_requirements,
  };
  return resource(SAQ_TEMPLATE_TYPE, catalogId(`template/${d.type}`), attributes);
}
