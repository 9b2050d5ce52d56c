import type { FivetranEventItem } from '../shared/eventPayload';

/**
 * Remembers recent deliveries so that Fivetran's re-deliveries (it retries for up to 24 h
 * when it did not see a 2xx in time) start no second execution.
 *
 * Kept in memory, not in static data: in n8n 2.41 what webhook() writes to static data is
 * lost whenever the delivery starts an execution (decisions.md, "Trigger"). So the memory is
 * exact within one process until it restarts, and not shared between webhook processors.
 *
 * An event counts as delivered only once n8n has accepted its execution (see webhook.ts): until
 * then it is "in flight", and a delivery of the same event meanwhile is neither run nor
 * recorded as delivered.
 */

const DEFAULT_CAPACITY = 1000;

/** A set that forgets its oldest key once it holds `capacity` keys. */
export class BoundedKeySet {
	private readonly keys = new Set<string>();

	constructor(private readonly capacity = DEFAULT_CAPACITY) {}

	/** Records `key`; false when it was already recorded. */
	add(key: string): boolean {
		if (this.keys.has(key)) return false;
		this.keys.add(key);
		if (this.keys.size > this.capacity) {
			// A Set iterates in insertion order: the first key is the oldest.
			const oldest = this.keys.values().next().value as string;
			this.keys.delete(oldest);
		}
		return true;
	}

	has(key: string): boolean {
		return this.keys.has(key);
	}

	delete(key: string): void {
		this.keys.delete(key);
	}

	get size(): number {
		return this.keys.size;
	}
}

/** event + sync id + connection; undefined for events without a sync id (never deduped). */
export function dedupeKey(item: FivetranEventItem): string | undefined {
	if (item.syncId === null) return undefined;
	return JSON.stringify([item.event, item.syncId, item.connectionId]);
}

interface TriggerMemory {
	delivered: BoundedKeySet;
	inFlight: BoundedKeySet;
}

/** One memory per trigger node: `${workflowId}:${nodeId}`. */
const memoryByTrigger = new Map<string, TriggerMemory>();

export function triggerScope(workflowId: string | undefined, nodeId: string): string {
	return `${workflowId ?? ''}:${nodeId}`;
}

function memoryOf(scope: string): TriggerMemory {
	let memory = memoryByTrigger.get(scope);
	if (memory === undefined) {
		memory = { delivered: new BoundedKeySet(), inFlight: new BoundedKeySet() };
		memoryByTrigger.set(scope, memory);
	}
	return memory;
}

export type DeliveryState = 'new' | 'inFlight' | 'delivered';

/** Whether this trigger has delivered the event, is starting it right now, or never saw it. */
export function deliveryState(scope: string, key: string): DeliveryState {
	const memory = memoryOf(scope);
	if (memory.delivered.has(key)) return 'delivered';
	return memory.inFlight.has(key) ? 'inFlight' : 'new';
}

/** Marks the event as being started (its execution handed to n8n, not yet accepted). */
export function beginDelivery(scope: string, key: string): void {
	memoryOf(scope).inFlight.add(key);
}

/** Ends the in-flight state; records the event as delivered only when n8n accepted it. */
export function settleDelivery(scope: string, key: string, accepted: boolean): void {
	const memory = memoryOf(scope);
	memory.inFlight.delete(key);
	if (accepted) memory.delivered.add(key);
}

/** Drops a trigger's memory (on deactivation), so the map does not grow with old triggers. */
export function forgetDeliveries(scope: string): void {
	memoryByTrigger.delete(scope);
}
