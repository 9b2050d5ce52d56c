import { waitOperation } from './syncAndWait.operation';

export const { description, concurrency, execute } = waitOperation('resyncAndWait', 'resync');
