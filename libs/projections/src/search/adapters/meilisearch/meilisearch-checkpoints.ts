import { MeiliSearchApiError, type MeiliSearch } from 'meilisearch';
import { CHECKPOINTS_INDEX } from './meilisearch-index-settings';
import { taskDone } from './meilisearch-tasks';

interface CheckpointDoc {
  id: string;
  /** Decimal text: positions are bigints. */
  position: string;
}

/**
 * Where a Meilisearch projection keeps its checkpoint: beside its documents, in the same server. Writes there are
 * idempotent by id, so the checkpoint need not commit with them: after a crash the few events since the last save
 * are applied again and change nothing.
 */
export class MeilisearchCheckpoints {
  private readonly uid: string;

  constructor(private readonly client: MeiliSearch, indexPrefix = '') {
    this.uid = `${indexPrefix}${CHECKPOINTS_INDEX}`;
  }

  async get(projection: string): Promise<bigint> {
    try {
      const doc = await this.client.index<CheckpointDoc>(this.uid).getDocument(projection);
      return BigInt(doc.position);
    } catch (error) {
      if (error instanceof MeiliSearchApiError && ['document_not_found', 'index_not_found'].includes(error.cause?.code ?? '')) return 0n;
      throw error;
    }
  }

  async save(projection: string, position: bigint): Promise<void> {
    await taskDone(
      this.client.index<CheckpointDoc>(this.uid).addDocuments([{ id: projection, position: position.toString() }], { primaryKey: 'id' }),
      'checkpoint',
    );
  }
}
