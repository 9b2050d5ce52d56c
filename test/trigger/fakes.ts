/**
 * Small stand-ins for the n8n contexts the trigger runs in. Parameters resolve like n8n's
 * (fallback when unset, `extractValue` for resource locators); the hook context's
 * httpRequestWithAuthentication performs real HTTP with Basic auth, as n8n's generic
 * credential does, so lifecycle tests talk to the emulator for real.
 */
import type {
	IDataObject,
	IGetNodeParameterOptions,
	IHookFunctions,
	IHttpRequestOptions,
	INode,
	IWebhookFunctions,
} from 'n8n-workflow';

import { signBody } from '../../nodes/FivetranTrigger/signature';
import { assertNodeRequest, requestOfUrl } from '../harness/contractCheck';

export interface FakeCredentials {
	apiKey: string;
	apiSecret: string;
	baseUrl: string;
}

export interface TriggerSetup {
	parameters: IDataObject;
	/** The node's static data; the contexts read and write this very object. */
	staticData: IDataObject;
	workflowId?: string;
}

export const TRIGGER_NODE: INode = {
	id: 'trigger-node-id',
	name: 'Fivetran Trigger',
	type: 'n8n-nodes-fivetran.fivetranTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

function parameterReader(parameters: IDataObject) {
	return (name: string, fallback?: unknown, options?: IGetNodeParameterOptions): unknown => {
		const value = name in parameters ? parameters[name] : fallback;
		const locator = value as { __rl?: boolean; value?: unknown } | undefined;
		return options?.extractValue && locator?.__rl === true ? locator.value : value;
	};
}

function baseContext(setup: TriggerSetup) {
	return {
		getNode: () => TRIGGER_NODE,
		getWorkflow: () => ({
			id: setup.workflowId ?? 'workflow-1',
			name: 'Fivetran test',
			active: true,
		}),
		getWorkflowStaticData: () => setup.staticData,
		getNodeParameter: parameterReader(setup.parameters),
		logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
	};
}

/** Sends one request like n8n's helper with returnFullResponse + ignoreHttpStatusErrors. */
export async function realHttpRequest(credentials: FakeCredentials, options: IHttpRequestOptions) {
	// Contract tests, node side: the trigger's requests must conform to Fivetran's definition.
	assertNodeRequest(requestOfUrl(options.method ?? 'GET', options.url, options.qs, options.body));
	const url = new URL(options.url);
	for (const [key, value] of Object.entries(options.qs ?? {}))
		url.searchParams.set(key, String(value));
	const basic = Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64');
	const response = await fetch(url, {
		method: options.method ?? 'GET',
		headers: { ...(options.headers as Record<string, string>), Authorization: `Basic ${basic}` },
		body: typeof options.body === 'string' ? options.body : undefined,
	});
	return {
		statusCode: response.status,
		body: await response.text(),
		headers: Object.fromEntries(response.headers.entries()),
	};
}

export function hookContext(
	setup: TriggerSetup,
	webhookUrl: string,
	credentials: FakeCredentials,
): IHookFunctions {
	const context = {
		...baseContext(setup),
		getNodeWebhookUrl: () => webhookUrl,
		getCredentials: async () => credentials,
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) =>
				await realHttpRequest(credentials, options),
		},
	};
	return context as unknown as IHookFunctions;
}

/** What webhook() wrote through getResponseObject(). */
export interface RecordedResponse {
	statusCode?: number;
	body?: unknown;
}

export interface Delivery {
	/** The exact bytes received; `body` is what n8n's JSON parser made of them. */
	rawBody: Buffer;
	headers: Record<string, string | string[] | undefined>;
}

export function webhookContext(setup: TriggerSetup, delivery: Delivery) {
	const response: RecordedResponse = {};
	const responseObject = {
		status(code: number) {
			response.statusCode = code;
			return responseObject;
		},
		json(body: unknown) {
			response.body = body;
			return responseObject;
		},
	};
	const context = {
		...baseContext(setup),
		getBodyData: () => JSON.parse(delivery.rawBody.toString('utf8')) as IDataObject,
		getHeaderData: () => delivery.headers,
		getRequestObject: () => ({ rawBody: delivery.rawBody }),
		getResponseObject: () => responseObject,
	};
	return { context: context as unknown as IWebhookFunctions, response };
}

/** A delivery as Fivetran sends it: the JSON bytes, signed with `key` in the given hex case. */
export function signedDelivery(
	payload: IDataObject,
	key: string,
	hexCase: 'lower' | 'upper' = 'lower',
): Delivery {
	const rawBody = Buffer.from(JSON.stringify(payload));
	const signature = signBody(rawBody, key);
	return {
		rawBody,
		headers: {
			'content-type': 'application/json',
			'x-fivetran-signature-256': hexCase === 'upper' ? signature.toUpperCase() : signature,
		},
	};
}
