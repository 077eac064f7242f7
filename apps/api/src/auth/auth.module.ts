import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Settings } from '@plan-ledger/config';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { ProjectionRunner, ReadModelStore } from '@plan-ledger/projections';
import { Accounts } from './accounts';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { BootstrapAdmin } from './bootstrap-admin';
import { rateLimits } from './rate-limits';
import { Sessions } from './sessions';
import { UsersController } from './users.controller';

/** Sign-in, accounts and the two global guards, in this order: rate limits first (they also cover failed sign-ins), then roles. */
@Module({})
export class AuthModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: AuthModule,
      imports: [ThrottlerModule.forRoot(rateLimits(settings.limits))],
      controllers: [AuthController, UsersController],
      providers: [
        {
          provide: Accounts,
          useFactory: (events: EventStore, readModels: ReadModelStore, projections: ProjectionRunner) => new Accounts(events, readModels, projections),
          inject: [EVENT_STORE, ReadModelStore, ProjectionRunner],
        },
        { provide: Sessions, useValue: new Sessions() },
        BootstrapAdmin,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
