import { Injectable } from '@nestjs/common';

/** The time recurring definitions are computed and dispatched against; tests move it instead of waiting. */
@Injectable()
export class AdvancedReportsClock {
  now(): Date {
    return new Date();
  }
}
