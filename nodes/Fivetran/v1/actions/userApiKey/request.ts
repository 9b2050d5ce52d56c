/**
 * The one request of Create and Rotate: a POST answered with the key and its one-time secret.
 * Never re-sent (a repeat would mint or rotate again and lose the secret the first one
 * returned), and an answer without `data` fails rather than output a null secret.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../../shared/transport';

export async function postForNewSecret(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	body: IDataObject,
): Promise<IDataObject> {
	const { data } = await fivetranApiRequest.call(ctx, {
		method: 'POST',
		path,
		body,
		idempotent: false,
		expectData: true,
		itemIndex,
	});
	return data;
}
