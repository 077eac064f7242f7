import { createHash } from 'node:crypto';
import type { Directive } from '../plan-extraction';
import type { DirectiveDraft } from './directive-draft';

const shortHash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

/**
 * Ids come from the directive's structural place (DESIGN: a reworded directive keeps its id); the text's hash
 * only breaks ties between directives that share a place.
 */
export function withIds<T extends DirectiveDraft>(drafts: T[]): Array<T & Pick<Directive, 'id'>> {
  const count = new Map<string, number>();
  for (const d of drafts) count.set(d.place, (count.get(d.place) ?? 0) + 1);
  const seen = new Set<string>();
  return drafts.map((d) => {
    let id = shortHash(count.get(d.place)! > 1 ? `${d.place}\n${d.text}` : d.place);
    for (let n = 2; seen.has(id); n++) id = shortHash(`${d.place}\n${d.text}\n${n}`);
    seen.add(id);
    return { ...d, id };
  });
}
