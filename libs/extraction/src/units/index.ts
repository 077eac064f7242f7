export { canonicalUnitId, unitKey } from './canonical-unit';
export { splitUnitCell, splitUnitList } from './split-units';
export { unitRolesFromSentence } from './unit-roles';
export type { UnitRoles } from './unit-roles';
export { isUnitName, trimUnitName } from './unit-names';
