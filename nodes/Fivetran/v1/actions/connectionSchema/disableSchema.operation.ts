import { enabledOperation } from './enabledPatch';

export const { description, concurrency, execute } = enabledOperation(
	'disableSchema',
	'schema',
	false,
);
