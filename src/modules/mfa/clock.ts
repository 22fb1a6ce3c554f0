import { Injectable } from '@nestjs/common';

/** The time every MFA rule is judged by (server time, never the client's). Tests replace `now` to travel in time. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
