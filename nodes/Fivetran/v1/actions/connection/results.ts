/** Output shapes of the Connection operations (see CONTRIBUTING.md, "Output shapes"). */
import type { IDataObject } from 'n8n-workflow';

import type { FivetranResponse } from '../../../../shared/transport';

/** Actions and deletes: `{ success: true, id, message }`, plus the API's data when it sent some. */
export function actionResult(
	id: string,
	response: Pick<FivetranResponse, 'data' | 'message'>,
	fallbackMessage: string,
): IDataObject {
	const result: IDataObject = { success: true, id, message: response.message ?? fallbackMessage };
	if (Object.keys(response.data).length > 0) result.data = response.data;
	return result;
}

/**
 * A connection record without `auth`. Fivetran does not return it, but it holds source
 * credentials, so the node never passes it on even if an answer ever carried it.
 */
export function withoutAuth(connection: IDataObject): IDataObject {
	// No copy when there is nothing to drop: Return All passes 100,000 records through here.
	if (!('auth' in connection)) return connection;
	const rest = { ...connection };
	delete rest.auth;
	return rest;
}
