/**
 * Pure: what a `PlanParsed` asks of the directive and unit streams. Its directives are already keyed by document
 * and structural place (libs/domain withDirectiveIdsOf), so a newer extractor that rewords a directive lands on
 * the same stream; the text breaks ties only between directives that share a place.
 */
import type { DirectiveCommand, PlanParsedData, UnitCommand } from '@plan-ledger/domain';
import { canonicalUnitId, type Directive, type DirectiveUnits, type PlanExtraction } from '@plan-ledger/extraction';
import { ROLES } from '@plan-ledger/projections';

export interface PlanAssignments {
  directives: Extract<DirectiveCommand, { type: 'AssignDirective' }>[];
  units: Extract<UnitCommand, { type: 'RecogniseUnit' }>[];
}

export function assignmentsOf({ documentId, extractorVersion, extraction }: PlanParsedData): PlanAssignments {
  const { document, directives } = extraction as PlanExtraction;
  const issuer = document.issuer;
  const plan = { documentId, issuer, issuedOn: document.issuedOn, year: document.year, number: document.number, title: document.title };
  const units = new Map<string, PlanAssignments['units'][number]>();
  const assigned = directives.map((d) => {
    const place = placeOf(d);
    const unitIds = unitIdsOf(d, issuer);
    for (const role of ROLES) {
      d.units[role].forEach((name, i) => {
        const unitId = unitIds[role][i];
        const key = `${unitId}\u0000${name}`;
        if (!units.has(key)) units.set(key, { type: 'RecogniseUnit', data: { unitId, issuer, name, documentId } });
      });
    }
    return {
      type: 'AssignDirective' as const,
      data: {
        directiveId: d.id,
        plan,
        extractorVersion,
        place,
        section: d.section,
        span: d.span ?? null,
        extracted: { text: d.text, units: d.units, unitIds, deadline: d.deadline, recurrence: d.recurrence },
      },
    };
  });
  return { directives: assigned, units: [...units.values()] };
}

/** Directives the document's previous reading had and this one no longer finds: the streams to withdraw. */
export function withdrawnDirectiveIds(previous: PlanParsedData | null, current: PlanParsedData): string[] {
  if (!previous) return [];
  const found = new Set((current.extraction as PlanExtraction).directives.map((d) => d.id));
  return (previous.extraction as PlanExtraction).directives.map((d) => d.id).filter((id) => !found.has(id));
}

/** The extraction's canonical ids when it gives them for every name, else computed the same way. */
function unitIdsOf(d: Directive, issuer: string | null): DirectiveUnits {
  const given = d.unitIds;
  const complete = given && ROLES.every((role) => given[role]?.length === d.units[role].length);
  return complete ? given : canonicalUnitIds(d.units, issuer);
}

/** Canonical ids for unit names, by role, under an issuer (libs/extraction canonicalUnitId). */
export const canonicalUnitIds = (units: DirectiveUnits, issuer: string | null): DirectiveUnits => ({
  lead: units.lead.map((n) => canonicalUnitId(n, issuer)),
  support: units.support.map((n) => canonicalUnitId(n, issuer)),
  direct: units.direct.map((n) => canonicalUnitId(n, issuer)),
});

const placeOf = (d: Directive): string => d.place || `id:${d.id}`;
