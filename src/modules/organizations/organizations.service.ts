import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import { RecordNotFound } from '../../common/errors/app-error';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import type { UpdateOrganizationDto } from './dto/organization.dto';
import { Organization } from './organization.entity';

const EDITABLE: Record<keyof UpdateOrganizationDto, keyof Organization> = {
  name: 'name',
  company_name: 'companyName',
  description: 'description',
  address: 'address',
  city: 'city',
  state: 'state',
  zipcode: 'zipcode',
  country: 'country',
  phone: 'phone',
  website: 'website',
  email: 'email',
  contact_name: 'contactName',
  contact_title: 'contactTitle',
  contact_phone: 'contactPhone',
  contact_email: 'contactEmail',
};

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /** Customer organizations of a partner (direct children). */
  async customerIdsOf(partnerId: string): Promise<string[]> {
    const rows = await this.organizations.find({ where: { parentId: partnerId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** One organization within the caller's scope; anything else is the same 404. */
  async get(scope: TenantScope, id: string): Promise<Organization> {
    if (!scope.includes(id)) throw new RecordNotFound();
    const org = await this.organizations.findOneBy({ id });
    if (!org) throw new RecordNotFound();
    return org;
  }

  create(input: Partial<Organization> & { name: string }, manager?: EntityManager): Promise<Organization> {
    const repo = manager ? manager.getRepository(Organization) : this.organizations;
    return repo.save(repo.create(input));
  }

  async update(scope: TenantScope, id: string, input: UpdateOrganizationDto): Promise<Organization> {
    const org = await this.get(scope, id);
    for (const [field, property] of Object.entries(EDITABLE)) {
      const value = input[field as keyof UpdateOrganizationDto];
      if (value !== undefined) (org as unknown as Record<string, unknown>)[property] = value;
    }
    return this.organizations.save(org);
  }
}
