import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { ParameterError } from '../../common/errors/app-error';
import { validationMessages } from '../../common/http/validation';
import { ScansService } from '../scans/scans.service';
import { SchedulesService } from '../schedules/schedules.service';
import { CreateTargetDto } from '../targets/dto/target.dto';
import { TargetsService } from '../targets/targets.service';
import type { WizardBody, WizardResultDto } from './dto/wizard.dto';

/**
 * Target + scan (+ schedule) in one call, all or nothing, then optionally a first run. Everything that reads is
 * checked first (target attributes and plan, scanner, profile, schedule fields); the three rows are then written in
 * one transaction by their owning services.
 */
@Injectable()
export class ScanWizardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: TargetsService,
    private readonly scans: ScansService,
    private readonly schedules: SchedulesService,
  ) {}

  async create(auth: AuthContext, body: WizardBody): Promise<WizardResultDto> {
    const targetInput = await validateNested(CreateTargetDto, body.target, 'target');
    const refs = {
      scannerId: body.scan.scanner_id ?? null,
      scanProfileId: body.scan.scan_profile_id ?? null,
      portListId: body.scan.port_list_id ?? null,
    };
    await this.scans.validateReferences(auth, refs);
    const prepared = await this.targets.prepare(auth, targetInput);
    const created = await this.dataSource.transaction(async (tx) => {
      const target = await this.targets.insertInTransaction(tx, auth.tenant, prepared);
      const scan = await this.scans.insertInTransaction(tx, auth.tenant, {
        organizationId: target.organizationId,
        userId: auth.user.id,
        name: body.scan.name,
        description: body.scan.description ?? null,
        targetId: target.id,
        ...refs,
      });
      const schedule = body.schedule
        ? await this.schedules.createInTransaction(
            tx,
            auth.tenant,
            target.organizationId,
            auth.user.id,
            { id: scan.id, name: body.scan.name },
            body.schedule,
          )
        : null;
      return { scanId: scan.id, targetId: target.id, scheduleId: schedule?.id ?? null };
    });
    let historyId: string | null = null;
    if (body.start_now) {
      const run = await this.scans.startRun(auth.tenant, created.scanId, { userId: auth.user.id, scheduleId: null });
      historyId = run === 'already_running' ? null : run.id;
    }
    return {
      target_id: created.targetId,
      scan_id: created.scanId,
      schedule_id: created.scheduleId,
      history_id: historyId,
    };
  }
}

/** Validates a nested raw object with a DTO class like the global pipe does, prefixing messages with `prefix.`. */
async function validateNested<T extends object>(dto: new () => T, raw: unknown, prefix: string): Promise<T> {
  const instance = plainToInstance(dto, raw ?? {});
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new ParameterError(validationMessages(errors, prefix));
  return instance;
}
