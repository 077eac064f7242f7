import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PlanLedgerError } from '@plan-ledger/domain';
import { Accounts } from './accounts';
import { LoginDto } from './auth.dto';
import { sessionToken } from './credentials';
import { authenticatedOf } from './current-actor';
import { Public, Roles, SIGNED_IN } from './roles.decorator';
import { SESSION_COOKIE, SESSION_TTL_MS, Sessions } from './sessions';

/** Password sign-in for the web app: a session cookie (HttpOnly, SameSite=Strict, so no other site can send it). */
@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    @Inject(Accounts) private readonly accounts: Accounts,
    @Inject(Sessions) private readonly sessions: Sessions,
  ) {}

  @Post('login') @Public() @HttpCode(HttpStatus.OK)
  async login(@Body() { name, password }: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const account = await this.accounts.signIn(name, password);
    if (!account) throw new PlanLedgerError('AUTH.INVALID_CREDENTIALS', 'wrong name or password');
    res.cookie(SESSION_COOKIE, this.sessions.open(account), { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: SESSION_TTL_MS });
    return account;
  }

  @Post('logout') @Roles(...SIGNED_IN) @HttpCode(HttpStatus.NO_CONTENT)
  logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    const token = sessionToken(req);
    if (token) this.sessions.close(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me') @Roles(...SIGNED_IN)
  me(@Req() req: Request) {
    const { account, via } = authenticatedOf(req);
    return { ...account, via };
  }
}
