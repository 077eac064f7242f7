/** An error as Node's fs raises it (ENOSPC on a full disk, EROFS on a read-only mount). */
export const osError = (code: 'ENOSPC' | 'EROFS', syscall = 'write'): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${code === 'ENOSPC' ? 'no space left on device' : 'read-only file system'}, ${syscall}`), { code, syscall, errno: code === 'ENOSPC' ? -28 : -30 });

/** An error as better-sqlite3 raises it when the database file cannot take the write. */
export const sqliteError = (code: 'SQLITE_FULL' | 'SQLITE_READONLY'): Error =>
  Object.assign(new Error(code === 'SQLITE_FULL' ? 'database or disk is full' : 'attempt to write a readonly database'), { code });

/**
 * Decorates a live port in place: the named writing methods throw `error` (as the disk would) until the returned
 * function restores them; reads go on as before. The app keeps the same instance, so the fault reaches every user.
 */
export function failWrites<T extends object>(port: T, methods: readonly (keyof T)[], error: () => Error): () => void {
  const originals = methods.map((name) => [name, port[name]] as const);
  for (const [name] of originals) {
    (port as Record<keyof T, unknown>)[name] = async () => {
      throw error();
    };
  }
  return () => {
    for (const [name, original] of originals) (port as Record<keyof T, unknown>)[name] = original;
  };
}
