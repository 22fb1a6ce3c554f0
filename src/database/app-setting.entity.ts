import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Installation-wide values generated once and shared by every instance (e.g. a JWT secret when none is configured). */
@Entity('app_settings')
export class AppSetting {
  @PrimaryColumn({ type: 'varchar', length: 100 }) key: string;
  @Column({ type: 'text' }) value: string;
}
