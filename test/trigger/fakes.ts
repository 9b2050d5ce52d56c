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
	/** Every line the trigger logged through this.logger, when given. */
	logs?: LogLine[];
}

export interface LogLine {
	level: 'debug' | 'info' | 'warn' | 'error';
	message: string;
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
		logger: Object.fromEntries(
			(['debug', 'info', 'warn', 'error'] as const).map((level) => [
				level,
				(message: string) => setup.logs?.push({ level, message }),
			]),
		),
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
	/** What getBodyData() returns, when not n8n's parse of `rawBody` (see n8nParsedBody). */
	body?: unknown;
}

/**
 * What n8n 2.41 puts in req.body for a trigger of version 1 (middlewares/body-parser.js
 * `parseBody`): nothing for an empty body or a content type it does not parse, the JSON value
 * (any JSON: null, a list, a string) for application/json, a string for text/plain. A JSON body
 * that does not parse is refused by n8n itself (422) before webhook() runs: `unparsable`.
 */
export function n8nParsedBody(delivery: Delivery): { body: unknown } | { unparsable: true } {
	if ('body' in delivery) return { body: delivery.body };
	const header = delivery.headers['content-type'];
	const contentType = (Array.isArray(header) ? header[0] : header)?.split(';')[0].trim();
	if (delivery.rawBody.length === 0) return { body: undefined };
	const text = delivery.rawBody.toString('utf8');
	if (contentType === 'application/json') {
		try {
			return { body: JSON.parse(text) as unknown };
		} catch {
			return { unparsable: true };
		}
	}
	if (contentType === 'text/plain') return { body: text };
	if (contentType === 'application/x-www-form-urlencoded')
		return { body: Object.fromEntries(new URLSearchParams(text)) };
	return { body: undefined };
}

/**
 * The response object, like Express's as far as the trigger uses it: status().json(), the
 * status code, and the 'finish' / 'close' events, which `finish()` fires the way n8n's answer
 * would (n8n answers 200 once its runner accepted an execution, an error status otherwise).
 */
function observableResponse(response: RecordedResponse) {
	const listeners: Record<string, Array<() => void>> = {};
	const responseObject = {
		statusCode: 200,
		status(code: number) {
			response.statusCode = code;
			responseObject.statusCode = code;
			return responseObject;
		},
		json(body: unknown) {
			response.body = body;
			return responseObject;
		},
		once(event: string, listener: () => void) {
			(listeners[event] ??= []).push(listener);
			return responseObject;
		},
	};
	const finish = (statusCode: number, events: Array<'finish' | 'close'> = ['finish', 'close']) => {
		responseObject.statusCode = statusCode;
		for (const event of events) for (const listener of listeners[event] ?? []) listener();
	};
	return { responseObject, finish };
}

export function webhookContext(setup: TriggerSetup, delivery: Delivery) {
	const response: RecordedResponse = {};
	const { responseObject, finish } = observableResponse(response);
	const parsed = n8nParsedBody(delivery);
	const context = {
		...baseContext(setup),
		getBodyData: () => ('body' in parsed ? parsed.body : undefined),
		getHeaderData: () => delivery.headers,
		getRequestObject: () => ({ rawBody: delivery.rawBody }),
		getResponseObject: () => responseObject,
	};
	return { context: context as unknown as IWebhookFunctions, response, finish };
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
