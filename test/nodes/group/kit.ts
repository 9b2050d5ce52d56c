/**
 * What the Group, Destination and Webhook workflow tests share: fixtures put straight into the
 * emulator's state (so the request log stays clean) and the retried-delete check. Runners, scoped
 * keys and the error suites come from ../kit; request assertions from the User kit.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import type { DestinationRecord, GroupRecord, WebhookRecord } from '../../emulator/state';
import { byId, onlyRequest } from '../../harness';
import { useFakeTransportTime } from '../../harness/fakeTime';
import type { Run } from '../kit';
import { jsonOf, pairedOf } from '../user/userTestKit';

export { byId, onlyRequest, useEmulator } from '../../harness';
export { asSent, jsonOf, pairedOf } from '../user/userTestKit';

/** What the harness's `onlyRequest` returns for a request made with the emulator's admin key. */
export function expectedRequest(
	emu: Emulator,
	request: { method: string; path: string; body?: unknown; status?: number; query?: IDataObject },
) {
	return {
		method: request.method,
		path: request.path,
		query: request.query ?? {},
		authorization: `Basic ${emu.apiKey}`,
		body: request.body,
		status: request.status ?? 200,
	};
}

let fixtureCounter = 0;
const CREATED_AT = '2025-12-01T00:00:00.000Z';

export function addGroup(emu: Emulator, name?: string): GroupRecord {
	fixtureCounter += 1;
	const group = track({
		id: emu.state.newId(),
		name: name ?? `fixture_group_${fixtureCounter}`,
		created_at: CREATED_AT,
	});
	emu.state.groups.set(group.id, group);
	return group;
}

/** A group with a connected destination. */
export function addDestination(
	emu: Emulator,
	overrides: Partial<DestinationRecord> = {},
): DestinationRecord {
	const group = addGroup(emu);
	const destination = track<DestinationRecord>({
		id: group.id,
		group_id: group.id,
		service: 'postgres_warehouse',
		region: 'GCP_US_EAST4',
		time_zone_offset: '0',
		setup_status: 'CONNECTED',
		daylight_saving_time_enabled: false,
		config: { host: 'db.example.com', port: 5432, password: 'stored-in-clear' },
		networking_method: 'Directly',
		...overrides,
	});
	emu.state.destinations.set(destination.id, destination);
	return destination;
}

export function addWebhook(emu: Emulator, overrides: Partial<WebhookRecord> = {}): WebhookRecord {
	const webhook = track<WebhookRecord>({
		id: emu.state.newId(),
		type: 'account',
		url: 'https://example.com/fivetran',
		events: ['sync_end'],
		active: false,
		secret: '',
		created_at: CREATED_AT,
		created_by: emu.adminUserId,
		...overrides,
	});
	emu.state.webhooks.set(webhook.id, webhook);
	return webhook;
}

/**
 * Runs a delete whose first DELETE succeeds but loses its answer (503 after the handler ran);
 * the transport retries, gets 404 and reports the record as already deleted. Returns the items.
 */
export async function runAmbiguousDelete(
	emu: Emulator,
	path: string,
	runDelete: () => ReturnType<Run>,
) {
	emu.faults.add({ kind: 'status', status: 503, when: 'after', method: 'DELETE', path });
	const time = useFakeTransportTime();
	try {
		const { items, error } = await runDelete();
		expect(error).toBeUndefined();
		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.path, entry.status])).toEqual(
			[
				['DELETE', path, 503],
				['DELETE', path, 404],
			],
		);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
		return jsonOf(items);
	} finally {
		time.restore();
	}
}

/** The item a delete of record `id` outputs when the retry found it already gone. */
export function alreadyDeletedItem(id: string) {
	return {
		success: true,
		id,
		alreadyDeleted: true,
		message: `'${id}' was already gone: an earlier attempt of this request most likely removed it`,
	};
}

/**
 * The test every delete gets: a retried DELETE that then answers 404 counts as done and the item
 * says so. `setup` makes the record and names its id, path and the operation's parameters.
 */
export function itCountsRetriedDeleteAsDone(
	getEmu: () => Emulator,
	run: Run,
	setup: (emu: Emulator) => { id: string; path: string; parameters: INodeParameters },
	operation = 'delete',
): void {
	it('counts a retried DELETE that now answers 404 as done, and says so', async () => {
		const emu = getEmu();
		const { id, path, parameters } = setup(emu);

		const json = await runAmbiguousDelete(
			emu,
			path,
			async () => await run(emu, operation, parameters),
		);

		expect(json).toEqual([alreadyDeletedItem(id)]);
	});
}

/** What the Delete tests of a Group, Destination or Webhook need to know about the record. */
export interface DeleteSuite {
	/** Fivetran's name for the record in its answer, e.g. 'Destination'. */
	label: string;
	/** The test's title, when there is more to say than "deletes the <record> and says so". */
	title?: string;
	add: (emu: Emulator) => { id: string };
	/** Both the path under /v1 and the emulator's map of these records. */
	collection: 'groups' | 'destinations' | 'webhooks';
	/** The operation's record locator parameter, e.g. 'groupId'. */
	parameter: string;
	/** Checks beyond the record being gone (e.g. what must remain). */
	afterDelete?: (emu: Emulator, id: string) => void;
}

/**
 * The Delete operation's two tests: the DELETE sent, the success item paired with its input and
 * the record gone; and a retried DELETE that then answers 404 counting as done.
 */
export function describeDelete(getEmu: () => Emulator, run: Run, suite: DeleteSuite): void {
	const path = (id: string) => `/v1/${suite.collection}/${id}`;
	const parameters = (id: string) => ({ [suite.parameter]: byId(id) });

	describe('Delete', () => {
		it(suite.title ?? `deletes the ${suite.label.toLowerCase()} and says so`, async () => {
			const emu = getEmu();
			const { id } = suite.add(emu);

			const { items } = await run(emu, 'delete', parameters(id));

			expect(onlyRequest(emu)).toEqual(expectedRequest(emu, { method: 'DELETE', path: path(id) }));
			expect(jsonOf(items)).toEqual([
				{ success: true, id, message: `${suite.label} with id '${id}' has been deleted` },
			]);
			expect(pairedOf(items)).toEqual([{ item: 0 }]);
			expect(emu.state[suite.collection].has(id)).toBe(false);
			suite.afterDelete?.(emu, id);
		});

		itCountsRetriedDeleteAsDone(getEmu, run, (emu) => {
			const { id } = suite.add(emu);
			return { id, path: path(id), parameters: parameters(id) };
		});
	});
}
