import { flattenEvent, isFailedSync } from '../../nodes/shared/eventPayload';

describe('flattenEvent', () => {
	it('reads the documented sync_end payload (connector_*, destination_group_id, top-level sync_id)', () => {
		const payload = {
			event: 'sync_end',
			created: '2026-01-01T00:10:00.000Z',
			connector_type: 'postgres',
			connector_id: 'speak_inexpensive',
			connector_name: 'pg_main',
			sync_id: 'sync-1',
			destination_group_id: 'group_a',
			data: { status: 'FAILURE_WITH_TASK', reason: 'Invalid credentials' },
		};
		expect(flattenEvent(payload)).toEqual({
			event: 'sync_end',
			connectionId: 'speak_inexpensive',
			connectionName: 'pg_main',
			connectorType: 'postgres',
			syncId: 'sync-1',
			groupId: 'group_a',
			status: 'FAILURE_WITH_TASK',
			reason: 'Invalid credentials',
			createdAt: '2026-01-01T00:10:00.000Z',
			raw: payload,
		});
	});

	it('reads the other variants: connection_*, group_id, sync_id inside data, created_at', () => {
		const item = flattenEvent({
			event: 'sync_start',
			created_at: '2026-01-02T00:00:00Z',
			connection_id: 'conn_b',
			connection_name: 'Salesforce',
			connection_type: 'salesforce',
			group_id: 'group_b',
			data: { sync_id: 'sync-2' },
		});
		expect(item).toMatchObject({
			connectionId: 'conn_b',
			connectionName: 'Salesforce',
			connectorType: 'salesforce',
			groupId: 'group_b',
			syncId: 'sync-2',
			createdAt: '2026-01-02T00:00:00Z',
			status: null,
			reason: null,
		});
	});

	it('gives null for every missing field and keeps the raw payload', () => {
		const item = flattenEvent({ data: 'not an object' });
		expect(item).toEqual({
			event: null,
			connectionId: null,
			connectionName: null,
			connectorType: null,
			syncId: null,
			groupId: null,
			status: null,
			reason: null,
			createdAt: null,
			raw: { data: 'not an object' },
		});
	});

	it('prefers the top-level sync_id and destination_group_id over the other spellings', () => {
		const item = flattenEvent({
			sync_id: 'top',
			destination_group_id: 'dest',
			group_id: 'old',
			data: { sync_id: 'nested' },
		});
		expect(item.syncId).toBe('top');
		expect(item.groupId).toBe('dest');
	});
});

describe('isFailedSync', () => {
	it.each([
		[{ event: 'sync_end', data: { status: 'FAILURE' } }, true],
		[{ event: 'sync_end', data: { status: 'FAILURE_WITH_TASK' } }, true],
		[{ event: 'sync_end' }, false],
		[{ event: 'sync_end', data: {} }, false],
		[{ event: 'sync_end', data: { status: 'RESCHEDULED' } }, false],
		[{ event: 'sync_end', status: 'FAILURE' }, true],
		[{ event: 'sync_end', data: { status: 'SUCCESSFUL' } }, false],
		[{ event: 'sync_start', data: { status: 'FAILURE' } }, false],
	])('%j → %s', (payload, expected) => {
		expect(isFailedSync(flattenEvent(payload))).toBe(expected);
	});
});
