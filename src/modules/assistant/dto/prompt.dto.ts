import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

/** `{"prompt": "..."}` (API.md round 2: not wrapped). Blank or longer than LLM_MAX_PROMPT_CHARS: 422 (the service). */
export class PromptDto {
  @ApiProperty({
    example: 'How do I fix this on nginx?',
    description: 'The question, at most LLM_MAX_PROMPT_CHARS characters (default 4,000)',
  })
  @IsString()
  prompt: string;
}
