/**
 * The per-item loop: finds the operation, runs input items with bounded concurrency, keeps output
 * in input order, pairs every output item with its input, and applies Continue On Fail.
 */
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { errorDetailsOf } from '../helpers/errorDetails';
import { DEFAULT_CONCURRENCY, type OperationModule, type OperationResult } from './node.type';
import { resources } from './resources';
import { transportOptionsFor } from '../../../shared/transport';
import { runBounded } from '../../../shared/transport/concurrency';

function findOperation(context: IExecuteFunctions): OperationModule {
	const resource = context.getNodeParameter('resource', 0) as string;
	const operation = context.getNodeParameter('operation', 0) as string;
	const module = resources[resource]?.[operation];
	if (module === undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`The operation "${operation}" is not supported for resource "${resource}"`,
		);
	}
	return module;
}

/** Errors that are not n8n errors (e.g. apiPath's refusal) become NodeOperationErrors naming the item. */
function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof Error && 'node' in error) {
		const withContext = error as Error & { context?: IDataObject };
		if (withContext.context && withContext.context.itemIndex === undefined) {
			withContext.context.itemIndex = itemIndex;
		}
		return error;
	}
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(context.getNode(), message, { itemIndex });
}

/** What Continue On Fail puts in the output for a failed item. */
export function errorJson(error: Error): IDataObject {
	const json: IDataObject = { error: error.message };
	const detail = error as Error & {
		httpCode?: string | null;
		description?: string | null;
		errorResponse?: JsonObject;
	};
	// The transport builds errorResponse from plain values only (code, message, method, path).
	const code = detail.errorResponse?.code;
	if (typeof code === 'string') json.code = code;
	if (detail.httpCode) json.httpCode = detail.httpCode;
	// What to check next (the transport's advice); other users of the item rely on it.
	if (detail.description) json.description = detail.description;
	// An operation's structured details (withErrorDetails); they never replace the fields above.
	for (const [key, value] of Object.entries(errorDetailsOf(error) ?? {})) {
		if (!(key in json)) json[key] = value;
	}
	return json;
}

/**
 * Records to items paired with their input item. Built directly rather than with
 * returnJsonArray + constructExecutionMetaData, which allocate two objects per record (one via
 * a rest spread): garbage that a 100,000-record Return All does not need (bench/README.md).
 * The pairedItem object is shared by the items of one input, as constructExecutionMetaData does.
 */
function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	const pairedItem = { item: itemIndex };
	const records = Array.isArray(result) ? result : [result];
	return records.map((json) => ({ json, pairedItem }));
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const inputCount = this.getInputData().length;
	const operation = findOperation(this);
	const option = transportOptionsFor(this, 0).concurrency;
	const concurrency = option > 0 ? option : DEFAULT_CONCURRENCY[operation.concurrency];
	const continueOnFail = this.continueOnFail();

	const outputs = await runBounded(inputCount, concurrency, async (itemIndex) => {
		try {
			const result = await operation.execute.call(this, itemIndex);
			return toItems(result, itemIndex);
		} catch (error) {
			const nodeError = asNodeError(this, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			return [{ json: errorJson(nodeError), pairedItem: { item: itemIndex } }];
		}
	});
	return [outputs.flat()];
}
