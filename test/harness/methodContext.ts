/**
 * A minimal ILoadOptionsFunctions for calling listSearch / loadOptions methods against the
 * emulator: the credential's Basic auth is applied here and requests go out with fetch.
 * `currentParameters` are what getCurrentNodeParameter answers (the node's other fields).
 */
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { assertNodeRequest, requestOfUrl } from './contractCheck';
import type { FivetranCredentials } from './index';
import { TEST_NODE } from './testNode';

function queryString(qs: IDataObject | undefined): string {
	const entries = Object.entries(qs ?? {}).map(([key, value]): [string, string] => [
		key,
		String(value),
	]);
	return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}

export function methodContext(
	credentials: FivetranCredentials,
	currentParameters: IDataObject = {},
): ILoadOptionsFunctions {
	const basic = Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64');
	const httpRequestWithAuthentication = async (_type: string, options: IHttpRequestOptions) => {
		assertNodeRequest(requestOfUrl(options.method ?? 'GET', options.url, options.qs, options.body));
		const response = await fetch(`${options.url}${queryString(options.qs)}`, {
			method: options.method ?? 'GET',
			headers: { ...(options.headers as Record<string, string>), authorization: `Basic ${basic}` },
			body: typeof options.body === 'string' ? options.body : undefined,
		});
		return {
			statusCode: response.status,
			headers: Object.fromEntries(response.headers.entries()),
			body: await response.text(),
		};
	};
	return {
		getNode: () => TEST_NODE,
		getCredentials: async () => ({ ...credentials }),
		getCurrentNodeParameter: (name: string) => currentParameters[name],
		helpers: { httpRequestWithAuthentication },
	} as unknown as ILoadOptionsFunctions;
}
