import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { UserResourceOwnersRegistry, type UserResourceOwner } from '../../common/ports/user-resources';
import { Scan } from './scan.entity';

/** Scans are owned by the user who created them; the users module moves them on transfer/deletion. */
@Injectable()
export class ScanResourceOwner implements UserResourceOwner, OnModuleInit {
  readonly kind = 'scans';

  constructor(
    @InjectRepository(Scan) private readonly scans: Repository<Scan>,
    private readonly registry: UserResourceOwnersRegistry,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  countOwnedBy(userId: string, manager?: EntityManager): Promise<number> {
    return (manager ? manager.getRepository(Scan) : this.scans).countBy({ userId });
  }

  async transfer(manager: EntityManager, fromUserId: string, toUserId: string): Promise<number> {
    const result = await manager.getRepository(Scan).update({ userId: fromUserId }, { userId: toUserId });
    return result.affected ?? 0;
  }
}
