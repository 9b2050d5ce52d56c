/**
 * Structured details on an n8n error, for the router's Continue On Fail item: an operation
 * throws `withErrorDetails(error, details)` and errorJson (actions/router.ts) adds the details
 * as fields of the error item, so no operation builds error items itself. The details live in
 * the error's `context`, which n8n keeps with the error. Only plain values the workflow may
 * see belong there: never a credential.
 */
import type { IDataObject, NodeApiError, NodeOperationError } from 'n8n-workflow';

const DETAILS_KEY = 'details';

type NodeError = NodeApiError | NodeOperationError;

export function withErrorDetails<E extends NodeError>(error: E, details: IDataObject): E {
	error.context[DETAILS_KEY] = details;
	return error;
}

/** The details an error carries, or undefined (also for non-n8n errors). */
export function errorDetailsOf(error: unknown): IDataObject | undefined {
	const context = (error as { context?: IDataObject } | null)?.context;
	const details =
		typeof context === 'object' && context !== null ? context[DETAILS_KEY] : undefined;
	return typeof details === 'object' && details !== null && !Array.isArray(details)
		? (details as IDataObject)
		: undefined;
}
