import { directivesProjection } from '../directives/directives.projection';
import { documentsProjection } from '../documents/documents.projection';
import type { Projection } from './projection';
import { trackerProjection } from '../tracker/tracker.projection';
import { unitsProjection } from '../units/units.projection';
import { complianceProjection } from '../compliance/compliance.projection';
import { citationsProjection } from '../citations/citations.projection';
import { seriesProjection } from '../series/series.projection';
import { usersProjection } from '../users/users.projection';

/** Every SQLite read model the api process runs, in one runner (DESIGN "Read models"). */
export const READ_MODEL_PROJECTIONS: readonly Projection[] = [
  documentsProjection,
  directivesProjection,
  trackerProjection,
  unitsProjection,
  complianceProjection,
  citationsProjection,
  seriesProjection,
  usersProjection,
];
