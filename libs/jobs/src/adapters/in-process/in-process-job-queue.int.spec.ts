import { describeJobQueueContract } from '../../testing/job-queue.contract';
import { InProcessJobQueue } from './in-process-job-queue';

describeJobQueueContract('in-process', (options) => new InProcessJobQueue(options));
