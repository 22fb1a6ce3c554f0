import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { NoAuth } from '../../common/auth/authenticated.decorator';
import { SigningKeyDto } from './dto/report.dto';
import { SigningKeys } from './signing-key.service';

@ApiTags('Reports')
@Controller('reports')
export class SigningKeyController {
  constructor(private readonly keys: SigningKeys) {}

  @Get('signing_key')
  @NoAuth()
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    summary: 'The public key report signatures verify against',
    description:
      "No API key needed (like /health): anyone holding a report can check its signature offline. A report's `signature` " +
      'is base64 Ed25519 over the 32 raw bytes of its file’s SHA-256 digest. See the README for an openssl command.',
  })
  @ApiResponse({ status: 200, type: SigningKeyDto })
  async show(): Promise<SigningKeyDto> {
    return { ...(await this.keys.publicKey()), signs: 'Ed25519(SHA-256(file))' };
  }
}
