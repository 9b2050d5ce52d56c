import { enabledOperation } from './enabledPatch';

export const { description, concurrency, execute } = enabledOperation(
	'enableSchema',
	'schema',
	true,
);
