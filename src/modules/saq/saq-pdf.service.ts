import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { WhitelabelService } from '../whitelabel/whitelabel.service';
import type { Saq } from './saq.entity';
import { renderSaqPdf, saqPdfFileName } from './saq-pdf';
import type { SaqView } from './saq.presenter';

/**
 * The questionnaire and its Attestation of Compliance as a PDF, branded with the organization's whitelabel settings.
 * Rendering is synchronous drawing into a stream the controller sends as it is produced.
 */
@Injectable()
export class SaqPdfService {
  constructor(private readonly whitelabel: WhitelabelService) {}

  async render(view: SaqView): Promise<Readable> {
    const branding = await this.whitelabel.brandingFor(view.saq.organizationId);
    return renderSaqPdf({ saq: view.saq, evidence: view.evidence, branding, generatedAt: new Date() });
  }

  fileName(saq: Saq): string {
    return saqPdfFileName(saq);
  }
}
