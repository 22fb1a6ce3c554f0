import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { type UserResourceOwner, UserResourceOwnersRegistry } from '../../common/ports/user-resources';
import { Target } from './target.entity';

/** Lets the users module count and transfer a user's targets (can_be_deleted, transfer_resources). */
@Injectable()
export class TargetResourceOwner implements UserResourceOwner, OnModuleInit {
  readonly kind = 'targets';

  constructor(
    @InjectRepository(Target) private readonly targets: Repository<Target>,
    private readonly registry: UserResourceOwnersRegistry,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  countOwnedBy(userId: string, manager?: EntityManager): Promise<number> {
    return (manager ? manager.getRepository(Target) : this.targets).countBy({ userId });
  }

  async transfer(manager: EntityManager, fromUserId: string, toUserId: string): Promise<number> {
    const result = await manager.getRepository(Target).update({ userId: fromUserId }, { userId: toUserId });
    return result.affected ?? 0;
  }
}
