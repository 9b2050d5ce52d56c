import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * How many items of one operation may run at once by default (decisions.md):
 * reads 5, waits (Sync and Wait) 10, every other change 1. The node option
 * "Concurrency" overrides it; 1 keeps strict sequential behaviour.
 */
export type ConcurrencyKind = 'read' | 'write' | 'wait';

export const DEFAULT_CONCURRENCY: Record<ConcurrencyKind, number> = {
	read: 5,
	write: 1,
	wait: 10,
};

/**
 * What an operation returns for one input item: one record, or several (list operations).
 * The router turns records into items paired with the input item.
 */
export type OperationResult = IDataObject | IDataObject[];

/**
 * The contract of every `<resource>/<name>.operation.ts` file:
 *   export const description: INodeProperties[]   (built with updateDisplayOptions)
 *   export const concurrency: ConcurrencyKind
 *   export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>
 */
export interface OperationModule {
	description: INodeProperties[];
	concurrency: ConcurrencyKind;
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}
