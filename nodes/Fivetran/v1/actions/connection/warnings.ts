/**
 * Connection warnings (Get Warnings, Dismiss Warning) are a private preview of Fivetran: "THE
 * ACCOUNT MUST BE ALLOWLISTED TO USE THIS FEATURE" (connection_warnings and
 * dismiss_connection_warning, 2026-09 definition). A refusal (403) says so.
 */
import { withApiErrorHint } from '../../helpers/apiErrorHint';
import {
	fivetranApiRequest,
	type FivetranRequest,
	type FivetranResponse,
	type TransportContext,
} from '../../../../shared/transport';

/** A warnings request; a 403 becomes an error that names the private preview. */
export async function warningsRequest(
	context: TransportContext,
	request: FivetranRequest,
): Promise<FivetranResponse> {
	try {
		return await fivetranApiRequest.call(context, { ...request, acceptVersion2: true });
	} catch (error) {
		throw withApiErrorHint(error, ['403'], {
			message:
				'Connection warnings are a private preview: the Fivetran account must be allowlisted for them',
			description:
				'Ask Fivetran support to allowlist the account for connection warnings. If it is, check that the key may read (Get Warnings) or manage (Dismiss Warning) this connection.',
		});
	}
}
