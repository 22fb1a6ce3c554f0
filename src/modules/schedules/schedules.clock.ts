import { Injectable } from '@nestjs/common';

/** The time schedules are computed and dispatched against; tests move it instead of waiting. */
@Injectable()
export class SchedulesClock {
  now(): Date {
    return new Date();
  }
}
