import { enabledOperation } from './enabledPatch';

export const { description, concurrency, execute } = enabledOperation(
	'disableColumn',
	'column',
	false,
);
