import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { NoAuth } from '../../common/auth/authenticated.decorator';
import { MetricsService } from './metrics.service';

class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status: string;
  @ApiProperty({ enum: ['up', 'down'] }) database: string;
}

@ApiTags('Operations')
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
  ) {}

  @Get('health')
  @NoAuth()
  @ApiOkResponse({ type: HealthDto, description: 'Liveness and database; 503 when the database does not answer' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      void reply.status(503);
      return { status: 'error', database: 'down' };
    }
  }

  @Get('metrics')
  @NoAuth()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format', schema: { type: 'string' } })
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
