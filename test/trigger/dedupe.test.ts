import {
	BoundedKeySet,
	beginDelivery,
	dedupeKey,
	deliveryState,
	forgetDeliveries,
	settleDelivery,
	triggerScope,
} from '../../nodes/FivetranTrigger/dedupe';
import { flattenEvent } from '../../nodes/shared/eventPayload';

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

describe('delivery memory', () => {
	const scope = triggerScope('wf-dedupe', 'node-1');
	const key = dedupeKey(syncEnd('s1')) as string;
	afterEach(() => forgetDeliveries(scope));

	it('is new, then in flight, then delivered once n8n accepted it', () => {
		expect(deliveryState(scope, key)).toBe('new');
		beginDelivery(scope, key);
		expect(deliveryState(scope, key)).toBe('inFlight');
		settleDelivery(scope, key, true);
		expect(deliveryState(scope, key)).toBe('delivered');
	});

	it('forgets an in-flight event that n8n did not accept', () => {
		beginDelivery(scope, key);
		settleDelivery(scope, key, false);
		expect(deliveryState(scope, key)).toBe('new');
	});

	it('keeps one memory per trigger node, dropped by forgetDeliveries', () => {
		const other = triggerScope('wf-dedupe', 'node-2');
		settleDelivery(scope, key, true);
		expect(deliveryState(other, key)).toBe('new');
		forgetDeliveries(scope);
		expect(deliveryState(scope, key)).toBe('new');
		forgetDeliveries(other);
	});
});
