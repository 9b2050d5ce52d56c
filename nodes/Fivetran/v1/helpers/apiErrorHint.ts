/**
 * Adds what the user should check to a Fivetran error of some HTTP statuses, for refusals whose
 * cause the definition states (e.g. "the connection must be paused"). Returns the same error,
 * so an operation writes `throw withApiErrorHint(error, ...)`; any other error passes unchanged.
 */
import { NodeApiError } from 'n8n-workflow';

export function withApiErrorHint(
	error: unknown,
	httpCodes: string[],
	hint: { description: string; message?: string },
): unknown {
	if (!(error instanceof NodeApiError) || !httpCodes.includes(error.httpCode ?? '')) return error;
	if (hint.message !== undefined) error.message = `${error.message}. ${hint.message}`;
	error.description = [hint.description, error.description].filter(Boolean).join(' ');
	return error;
}
