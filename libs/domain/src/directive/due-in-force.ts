/**
 * The due date in force: the plan's, moved by each extension granted before the due it replaces had passed
 * (granted on the due day itself still counts). An extension granted after the work was already late is kept
 * on record but does not make the work on time.
 */
export interface GrantedExtension {
  newDue: string;
  grantedOn: string;
}

export function dueInForce(originalDue: string | null, extensions: readonly GrantedExtension[]): string | null {
  if (originalDue === null) return null;
  let due = originalDue;
  const byGrant = [...extensions].sort((a, b) => (a.grantedOn < b.grantedOn ? -1 : a.grantedOn > b.grantedOn ? 1 : 0));
  for (const extension of byGrant) {
    if (extension.grantedOn <= due && extension.newDue > due) due = extension.newDue;
  }
  return due;
}
