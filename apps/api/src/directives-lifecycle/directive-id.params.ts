import { ValidateUUID } from '../common/validation';

export class DirectiveIdParams {
  @ValidateUUID()
  directiveId: string;
}
