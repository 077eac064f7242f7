export { extractReferences } from './extract-references';
export { kindFromSymbol } from './document-kinds';
