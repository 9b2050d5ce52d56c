/**
 * The node's "Request Options" as the transport sees them. Read with getNodeParameter when the
 * context is an execution (per item, cached for the execution); defaults everywhere else
 * (list search, load options, trigger hooks).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

export interface TransportOptions {
	timeoutMs: number;
	/** Bounds each attempt of a request marked `longRunning` (setup tests, schema reload, ...). */
	longRunningTimeoutMs: number;
	maxRateLimitWaitMs: number;
	maxRetries: number;
	/** 0 = the operation's default. */
	concurrency: number;
}

export const DEFAULT_TRANSPORT_OPTIONS: TransportOptions = {
	timeoutMs: 30_000,
	longRunningTimeoutMs: 10 * 60_000,
	maxRateLimitWaitMs: 300_000,
	maxRetries: 3,
	concurrency: 0,
};

/** Name of the collection parameter in requestOptions.description.ts. */
export const REQUEST_OPTIONS_PARAMETER = 'requestOptions';

function nonNegative(value: unknown, fallback: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : fallback;
}

/** Turns the collection's raw values into options; missing or invalid values fall back to the defaults. */
export function toTransportOptions(raw: IDataObject): TransportOptions {
	const defaults = DEFAULT_TRANSPORT_OPTIONS;
	return {
		timeoutMs: nonNegative(raw.timeout, defaults.timeoutMs) || defaults.timeoutMs,
		// Set in minutes ("Long-Running Timeout"); 0 or invalid falls back to the default.
		longRunningTimeoutMs:
			nonNegative(raw.longRunningTimeout, 0) * 60_000 || defaults.longRunningTimeoutMs,
		maxRateLimitWaitMs:
			raw.maxRateLimitWait === undefined
				? defaults.maxRateLimitWaitMs
				: nonNegative(raw.maxRateLimitWait, defaults.maxRateLimitWaitMs / 1000) * 1000,
		maxRetries: Math.floor(nonNegative(raw.maxRetries, defaults.maxRetries)),
		concurrency: Math.floor(nonNegative(raw.concurrency, 0)),
	};
}

export function isExecuteContext(context: object): context is IExecuteFunctions {
	return 'getInputData' in context && 'getNodeParameter' in context;
}

const cache = new WeakMap<object, Map<number, TransportOptions>>();

export function transportOptionsFor(context: object, itemIndex = 0): TransportOptions {
	if (!isExecuteContext(context)) return DEFAULT_TRANSPORT_OPTIONS;
	let perItem = cache.get(context);
	if (perItem === undefined) {
		perItem = new Map();
		cache.set(context, perItem);
	}
	let options = perItem.get(itemIndex);
	if (options === undefined) {
		const raw = context.getNodeParameter(REQUEST_OPTIONS_PARAMETER, itemIndex, {}) as IDataObject;
		options = toTransportOptions(raw ?? {});
		perItem.set(itemIndex, options);
	}
	return options;
}
