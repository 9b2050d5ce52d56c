import { readResyncBody, resyncScopeFields } from './resyncScope';
import { waitOperation } from './syncAndWait.operation';

export const { description, concurrency, execute } = waitOperation('resyncAndWait', 'resync', {
	fields: resyncScopeFields,
	readBody: readResyncBody,
});
