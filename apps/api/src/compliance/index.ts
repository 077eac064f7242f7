import { CitationsController } from './citations.controller';
import { ComplianceController } from './compliance.controller';
import { ComplianceReportsService } from './compliance-reports.service';
import { SeriesController } from './series.controller';
import { UnitsController } from './units.controller';
import { DirectivesLifecycleController } from '../directives-lifecycle/directives-lifecycle.controller';

/** Compliance, units, citations, series and the directive lifecycle: the routes and what they need. */
export const COMPLIANCE_CONTROLLERS = [ComplianceController, UnitsController, CitationsController, SeriesController, DirectivesLifecycleController];
export const COMPLIANCE_PROVIDERS = [ComplianceReportsService];
