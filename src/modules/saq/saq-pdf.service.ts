import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { WhitelabelService } from '../whitelabel/whitelabel.service';
import type { Saq } from './saq.entity';
import { lazyModule } from '../../common/runtime/lazy-module';
import type * as SaqPdf from './saq-pdf';
import type { SaqView } from './saq.presenter';

/** pdfkit and its fonts: loaded by the first SAQ PDF, not at start. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const saqPdf = lazyModule(() => require('./saq-pdf') as typeof SaqPdf);

/**
 * The questionnaire and its Attestation of Compliance as a PDF, branded with the organization's whitelabel settings.
 * Rendering is synchronous drawing into a stream the controller sends as it is produced.
 */
@Injectable()
export class SaqPdfService {
  constructor(private readonly whitelabel: WhitelabelService) {}

  async render(view: SaqView): Promise<Readable> {
    const branding = await this.whitelabel.brandingFor(view.saq.organizationId);
    return saqPdf().renderSaqPdf({ saq: view.saq, evidence: view.evidence, branding, generatedAt: new Date() });
  }

  fileName(saq: Saq): string {
    return saqPdf().saqPdfFileName(saq);
  }
}
