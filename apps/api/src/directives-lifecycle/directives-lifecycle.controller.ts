import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@plan-ledger/domain';
import {
  AcknowledgeDirective,
  CancelDirective,
  CompleteDirective,
  CorrectDirective,
  ExtendDeadline,
  ReopenDirective,
  ReportProgress,
} from '@plan-ledger/ingestion';
import { Roles } from '../auth/roles.decorator';
import { RequestCommandContext } from './command-context.decorator';
import { AcknowledgeDto, CancelDto, CompleteDto, CorrectDto, ExtendDto, ProgressDto, ReopenDto } from './directives-lifecycle.dto';
import { DirectiveIdParams } from './directive-id.params';
import { correctionOf } from './correction-of';

/** A directive's lifecycle: each route appends to the directive's stream (or refuses with a code) and returns what it appended. */
@ApiTags('directives')
@Roles('archivist')
@Controller('api/v1/directives/:directiveId')
export class DirectivesLifecycleController {
  constructor(private readonly commands: CommandBus) {}

  @Post('acknowledge') @HttpCode(200)
  acknowledge(@Param() { directiveId }: DirectiveIdParams, @Body() body: AcknowledgeDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new AcknowledgeDirective({ directiveId, ...body }, ctx));
  }

  @Post('progress') @HttpCode(200)
  progress(@Param() { directiveId }: DirectiveIdParams, @Body() body: ProgressDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReportProgress({ directiveId, ...body }, ctx));
  }

  @Post('complete') @HttpCode(200)
  complete(@Param() { directiveId }: DirectiveIdParams, @Body() { evidenceDocumentId, note, ...body }: CompleteDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new CompleteDirective({ directiveId, ...body, evidence: { documentId: evidenceDocumentId, note } }, ctx));
  }

  @Post('reopen') @HttpCode(200)
  reopen(@Param() { directiveId }: DirectiveIdParams, @Body() body: ReopenDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ReopenDirective({ directiveId, ...body }, ctx));
  }

  @Post('extend') @HttpCode(200)
  extend(@Param() { directiveId }: DirectiveIdParams, @Body() body: ExtendDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new ExtendDeadline({ directiveId, ...body }, ctx));
  }

  @Post('cancel') @HttpCode(200)
  cancel(@Param() { directiveId }: DirectiveIdParams, @Body() body: CancelDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new CancelDirective({ directiveId, ...body }, ctx));
  }

  @Post('correct') @HttpCode(200)
  correct(@Param() { directiveId }: DirectiveIdParams, @Body() body: CorrectDto, @RequestCommandContext() ctx: CommandContext) {
    return this.commands.execute(new CorrectDirective(correctionOf(directiveId, body), ctx));
  }
}
