import { enabledOperation } from './enabledPatch';

export const { description, concurrency, execute } = enabledOperation(
	'disableTable',
	'table',
	false,
);
