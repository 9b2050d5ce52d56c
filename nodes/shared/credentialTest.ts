/**
 * The credential test of "Fivetran API" (both nodes name it with `testedBy`). A declarative
 * `test` on the credential cannot do it: n8n fails every non-2xx answer there, and a system key
 * without ACCOUNT read permission gets 403 on GET /v1/account/info although its key and secret
 * are valid and it works for everything it was given. So the answer is read here:
 * 2xx and 403 pass (403 says which permission is missing), 401 and unreachable hosts fail.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { checkBaseUrl } from './transport/path';

const TEST_PATH = '/v1/account/info';
const TIMEOUT_MS = 30_000;

interface FullResponse {
	statusCode: number;
	body?: unknown;
}

/** What the answer to GET /v1/account/info says about the key and secret. */
export function credentialTestResult(
	statusCode: number,
	body?: unknown,
): INodeCredentialTestResult {
	if (statusCode >= 200 && statusCode < 300) {
		const data = (body as { data?: { system_key_id?: unknown } } | undefined)?.data;
		const kind = typeof data?.system_key_id === 'string' ? 'system key' : 'API key';
		return { status: 'OK', message: `Connection successful: Fivetran accepted the ${kind}` };
	}
	if (statusCode === 403) {
		return {
			status: 'OK',
			message:
				'Connection successful: Fivetran accepted the key and secret. The key may not read the account ' +
				`(GET ${TEST_PATH} answered 403): a system key needs the ACCOUNT permission with READ access for that. ` +
				'Operations on the resources the key was given work without it.',
		};
	}
	if (statusCode === 401) {
		return {
			status: 'Error',
			message:
				'Fivetran refused the API key and secret (401): check both, and that the key was not rotated, expired or deleted',
		};
	}
	return {
		status: 'Error',
		message: `Could not check the key: GET ${TEST_PATH} answered HTTP ${statusCode}. Check the Base URL (normally https://api.fivetran.com).`,
	};
}

function text(data: ICredentialDataDecryptedObject | undefined, name: string): string {
	const value = data?.[name];
	return typeof value === 'string' ? value : '';
}

/**
 * GET /v1/account/info with the credential's key and secret; every HTTP status is an answer.
 * A credential test only gets `helpers.request` (ICredentialTestFunctions in n8n-workflow 2.41;
 * n8n-core's CredentialTestContext gives nothing else, no `httpRequest`), so this is the one
 * place that uses it: it goes through n8n's outbound HTTP client (proxy and SSRF settings).
 */
async function requestAccountInfo(
	helpers: ICredentialTestFunctions['helpers'],
	data: ICredentialDataDecryptedObject | undefined,
	baseUrl: string,
): Promise<FullResponse> {
	return (await helpers.request({
		method: 'GET',
		uri: `${baseUrl}${TEST_PATH}`,
		headers: { Accept: 'application/json' },
		auth: { user: text(data, 'apiKey'), pass: text(data, 'apiSecret') },
		json: true,
		simple: false,
		resolveWithFullResponse: true,
		timeout: TIMEOUT_MS,
	})) as FullResponse;
}

export async function fivetranApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const checked = checkBaseUrl(credential.data?.baseUrl);
	// Refused before sending, as every operation does: without a scheme it is no URL at all.
	if ('problem' in checked) return { status: 'Error', message: checked.problem };
	const baseUrl = checked.url;
	let response: FullResponse;
	try {
		response = await requestAccountInfo(this.helpers, credential.data, baseUrl);
	} catch (error) {
		// Network failures only (statuses are answers): name the code, never the request (it has the auth).
		const code = (error as { code?: unknown }).code;
		return {
			status: 'Error',
			message: `Could not reach Fivetran at ${baseUrl}${typeof code === 'string' ? ` (${code})` : ''}: check the Base URL and the network`,
		};
	}
	return credentialTestResult(response.statusCode, response.body);
}

/** `methods.credentialTest` of both nodes; the key is what their `testedBy` names. */
export const credentialTest = { fivetranApiTest };
