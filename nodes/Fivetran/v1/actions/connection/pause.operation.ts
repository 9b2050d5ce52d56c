import { pausedStateOperation } from './pausedState';

export const { description, concurrency, execute } = pausedStateOperation('pause', true);
