import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query, StreamableFile, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@plan-ledger/domain';
import { CurrentActor } from '../auth/current-actor';
import { READERS, Roles } from '../auth/roles.decorator';
import { attachmentDisposition } from './content-disposition';
import { DocumentIdParams, ListDocumentsDto, ReceiptDto, UploadFilesDto } from './documents.dto';
import { DocumentsService, type UploadedFile } from './documents.service';

@ApiTags('documents')
@Roles(...READERS)
@Controller('api/v1/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @Roles('archivist')
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(FilesInterceptor('files'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFilesDto })
  @ApiAcceptedResponse({ type: ReceiptDto, isArray: true })
  upload(@UploadedFiles() files: UploadedFile[] | undefined, @CurrentActor() actor: Actor) {
    return this.documents.upload(files, actor);
  }

  @Get()
  list(@Query() query: ListDocumentsDto) {
    return this.documents.list(query);
  }

  @Get(':id')
  get(@Param() { id }: DocumentIdParams) {
    return this.documents.get(id);
  }

  @Get(':id/file')
  async file(@Param() { id }: DocumentIdParams) {
    const { bytes, mediaType, fileName } = await this.documents.original(id);
    return new StreamableFile(bytes, { type: mediaType, disposition: attachmentDisposition(fileName), length: bytes.length });
  }

  @Get(':id/text')
  text(@Param() { id }: DocumentIdParams) {
    return this.documents.text(id);
  }
}
