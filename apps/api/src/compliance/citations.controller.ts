import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { citationsOf, citingDocuments, ReadModelStore } from '@plan-ledger/projections';
import { READERS, Roles } from '../auth/roles.decorator';
import { CitingQueryDto, DocumentIdParams } from './citations.dto';

@ApiTags('citations')
@Roles(...READERS)
@Controller('api/v1/citations')
export class CitationsController {
  constructor(@Inject(ReadModelStore) private readonly readModels: ReadModelStore) {}

  /** "Which plans implement Chỉ thị 34-CT/TW": `?kind=CHI_THI&number=34-CT/TW`, with the cited document if archived. */
  @Get()
  citing(@Query() query: CitingQueryDto) {
    return citingDocuments(this.readModels.db, query);
  }

  /** What a document cites, each reference resolved to the archive when it is there. */
  @Get(':documentId')
  of(@Param() { documentId }: DocumentIdParams) {
    return citationsOf(this.readModels.db, documentId);
  }
}
