import { Body, Controller, Delete, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@plan-ledger/domain';
import { RequestCommandContext } from '../directives-lifecycle/command-context.decorator';
import { Accounts } from './accounts';
import { ApiKeyParams, CreateUserDto, IssueApiKeyDto, UserNameParams } from './auth.dto';
import { Roles } from './roles.decorator';

/** Accounts and API keys; each change is an event on the user's stream, with the admin who made it as actor. */
@ApiTags('users')
@Roles('admin')
@Controller('api/v1/users')
export class UsersController {
  constructor(@Inject(Accounts) private readonly accounts: Accounts) {}

  @Get()
  list() {
    return this.accounts.list();
  }

  @Post()
  async create(@Body() { name, roles, password }: CreateUserDto, @RequestCommandContext() ctx: CommandContext) {
    await this.accounts.createUser({ name, roles, password: password ?? null }, ctx);
    return { name, roles };
  }

  /** The key is in this answer only: the log keeps its hash. */
  @Post(':name/api-keys')
  issueKey(@Param() { name }: UserNameParams, @Body() { label }: IssueApiKeyDto, @RequestCommandContext() ctx: CommandContext) {
    return this.accounts.issueApiKey(name, label ?? null, ctx);
  }

  @Delete(':name/api-keys/:keyId')
  revokeKey(@Param() { name, keyId }: ApiKeyParams, @RequestCommandContext() ctx: CommandContext) {
    return this.accounts.revokeApiKey(name, keyId, ctx);
  }
}
