import { SetMetadata } from '@nestjs/common';
import { USER_ROLES, type UserRole } from '@plan-ledger/domain';

export const ROLES_KEY = 'plan-ledger:roles';
export const PUBLIC_KEY = 'plan-ledger:public';

/**
 * The roles that may call a route (on the handler, or the controller for all its handlers). Every route declares
 * roles or `@Public()`; the guard refuses a route that declares neither, so a new route is closed until decided.
 */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

/** Open without signing in (health, sign-in itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Who reads the archive: documents, directives, tracker, citations, series. */
export const READERS: UserRole[] = ['officer', 'archivist', 'analyst'];

/** Any signed-in account. */
export const SIGNED_IN: UserRole[] = [...USER_ROLES];
