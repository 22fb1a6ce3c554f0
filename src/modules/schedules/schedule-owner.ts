import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { UserResourceOwnersRegistry, type UserResourceOwner } from '../../common/ports/user-resources';
import { Schedule } from './schedule.entity';

/** Lets the users module count and transfer a user's schedules (before deleting the user). */
@Injectable()
export class ScheduleOwner implements UserResourceOwner, OnModuleInit {
  readonly kind = 'schedules';

  constructor(
    @InjectRepository(Schedule) private readonly schedules: Repository<Schedule>,
    private readonly registry: UserResourceOwnersRegistry,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  countOwnedBy(userId: string, manager?: EntityManager): Promise<number> {
    return (manager?.getRepository(Schedule) ?? this.schedules).count({ where: { userId } });
  }

  async transfer(manager: EntityManager, fromUserId: string, toUserId: string): Promise<number> {
    const result = await manager.getRepository(Schedule).update({ userId: fromUserId }, { userId: toUserId });
    return result.affected ?? 0;
  }
}
