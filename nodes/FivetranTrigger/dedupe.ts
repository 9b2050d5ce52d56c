import type { FivetranEventItem } from './payload';

/**
 * Remembers recent deliveries so that Fivetran's re-deliveries (it retries for up to 24 h
 * when it did not see a 2xx in time) start no second execution.
 *
 * Kept in memory, not in static data: in n8n 2.41 what webhook() writes to static data is
 * lost whenever the delivery starts an execution (decisions.md, "Trigger"). So the set is
 * exact within one process until it restarts, and not shared between webhook processors.
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

	get size(): number {
		return this.keys.size;
	}
}

/** event + sync id + connection; undefined for events without a sync id (never deduped). */
export function dedupeKey(item: FivetranEventItem): string | undefined {
	if (item.syncId === null) return undefined;
	return JSON.stringify([item.event, item.syncId, item.connectionId]);
}

/** One set per trigger node: `${workflowId}:${nodeId}`. */
const seenByTrigger = new Map<string, BoundedKeySet>();

export function triggerScope(workflowId: string | undefined, nodeId: string): string {
	return `${workflowId ?? ''}:${nodeId}`;
}

/** Records the delivery; true when the same event was already seen by this trigger. */
export function isRedelivery(scope: string, item: FivetranEventItem): boolean {
	const key = dedupeKey(item);
	if (key === undefined) return false;
	let seen = seenByTrigger.get(scope);
	if (seen === undefined) {
		seen = new BoundedKeySet();
		seenByTrigger.set(scope, seen);
	}
	return !seen.add(key);
}

/** Drops a trigger's memory (on deactivation), so the map does not grow with old triggers. */
export function forgetDeliveries(scope: string): void {
	seenByTrigger.delete(scope);
}
