import {
	BoundedKeySet,
	dedupeKey,
	forgetDeliveries,
	isRedelivery,
	triggerScope,
} from '../../nodes/FivetranTrigger/dedupe';
import { flattenEvent } from '../../nodes/FivetranTrigger/payload';

const syncEnd = (syncId: string | undefined, connectorId = 'conn_a') =>
	flattenEvent({ event: 'sync_end', connector_id: connectorId, sync_id: syncId });

describe('BoundedKeySet', () => {
	it('reports a key only once', () => {
		const set = new BoundedKeySet(10);
		expect(set.add('a')).toBe(true);
		expect(set.add('a')).toBe(false);
	});

	it('forgets the oldest key beyond its capacity', () => {
		const set = new BoundedKeySet(2);
		set.add('a');
		set.add('b');
		set.add('c');
		expect(set.size).toBe(2);
		expect(set.add('a')).toBe(true); // forgotten, so new again
		expect(set.add('c')).toBe(false);
	});
});

describe('dedupeKey', () => {
	it('combines event, sync id and connection', () => {
		expect(dedupeKey(syncEnd('s1'))).toBe(JSON.stringify(['sync_end', 's1', 'conn_a']));
	});

	it('is undefined without a sync id', () => {
		expect(dedupeKey(syncEnd(undefined))).toBeUndefined();
	});
});

describe('isRedelivery', () => {
	const scope = triggerScope('wf-dedupe', 'node-1');
	afterEach(() => forgetDeliveries(scope));

	it('flags the second delivery of the same event, sync and connection', () => {
		expect(isRedelivery(scope, syncEnd('s1'))).toBe(false);
		expect(isRedelivery(scope, syncEnd('s1'))).toBe(true);
	});

	it('treats another event, sync or connection as new', () => {
		isRedelivery(scope, syncEnd('s1'));
		expect(isRedelivery(scope, syncEnd('s2'))).toBe(false);
		expect(isRedelivery(scope, syncEnd('s1', 'conn_b'))).toBe(false);
		expect(
			isRedelivery(
				scope,
				flattenEvent({ event: 'sync_start', connector_id: 'conn_a', sync_id: 's1' }),
			),
		).toBe(false);
	});

	it('never dedupes events without a sync id', () => {
		expect(isRedelivery(scope, syncEnd(undefined))).toBe(false);
		expect(isRedelivery(scope, syncEnd(undefined))).toBe(false);
	});

	it('keeps one memory per trigger node, dropped by forgetDeliveries', () => {
		const other = triggerScope('wf-dedupe', 'node-2');
		isRedelivery(scope, syncEnd('s1'));
		expect(isRedelivery(other, syncEnd('s1'))).toBe(false);
		forgetDeliveries(scope);
		expect(isRedelivery(scope, syncEnd('s1'))).toBe(false);
		forgetDeliveries(other);
	});
});
