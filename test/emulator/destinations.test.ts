import { startTestEmulator, type ApiCall } from './apiTestClient';
import type { Emulator } from './index';
import { DESTINATION_REGIONS } from './routes/destinations';

let emu: Emulator;
let api: ApiCall;
let groupId: string;

beforeEach(async () => {
	({ emu, api } = await startTestEmulator());
	groupId = (await api('POST', '/v1/groups', { name: 'warehouse' })).body.data?.id as string;
});

afterEach(async () => {
	await emu.close();
});

function destinationBody(overrides: Record<string, unknown> = {}) {
	return {
		group_id: groupId,
		service: 'snowflake',
		time_zone_offset: '-5',
		region: 'AWS_US_EAST_1',
		config: { host: 'db.example.com', user: 'loader', password: 'hunter2' },
		...overrides,
	};
}

describe('POST /v1/destinations', () => {
	it('creates the destination of a group (201), runs setup tests and masks secrets', async () => {
		const { status, body } = await api('POST', '/v1/destinations', destinationBody());
		expect(status).toBe(201);
		expect(body).toMatchObject({
			code: 'Success',
			message: 'Destination has been created',
			data: {
				id: groupId,
				group_id: groupId,
				service: 'snowflake',
				region: 'AWS_US_EAST_1',
				time_zone_offset: '-5',
				setup_status: 'CONNECTED',
				config: { host: 'db.example.com', user: 'loader', password: '******' },
				setup_tests: [
					expect.objectContaining({ status: 'PASSED' }),
					expect.objectContaining({ status: 'PASSED' }),
				],
			},
		});
		expect(JSON.stringify(body)).not.toContain('hunter2');
		expect(emu.state.destinations.get(groupId)?.config.password).toBe('hunter2');
	});

	it('leaves the destination INCOMPLETE without setup tests and BROKEN when they fail', async () => {
		const skipped = await api(
			'POST',
			'/v1/destinations',
			destinationBody({ run_setup_tests: false }),
		);
		expect(skipped.body.data).toMatchObject({ setup_status: 'INCOMPLETE' });
		expect(skipped.body.data?.setup_tests).toBeUndefined();

		const otherGroup = (await api('POST', '/v1/groups', { name: 'other' })).body.data?.id as string;
		const broken = await api(
			'POST',
			'/v1/destinations',
			destinationBody({ group_id: otherGroup, config: { host: 'unreachable.example.com' } }),
		);
		expect(broken.body.data).toMatchObject({
			setup_status: 'BROKEN',
			setup_tests: expect.arrayContaining([expect.objectContaining({ status: 'FAILED' })]),
		});
	});

	it.each([
		['no group_id', { group_id: undefined }, "Field 'group_id' is required"],
		['no service', { service: undefined }, "Field 'service' is required"],
		[
			'no time_zone_offset',
			{ time_zone_offset: undefined },
			"Field 'time_zone_offset' is required",
		],
		['an offset above +12', { time_zone_offset: '+13' }, 'time_zone_offset'],
		['an offset below -11', { time_zone_offset: '-12' }, 'time_zone_offset'],
		['an unknown region', { region: 'MARS_NORTH_1' }, 'region'],
		['a non-object config', { config: 'host=x' }, 'config'],
	])('refuses %s with 400 InvalidInput', async (_label, overrides, message) => {
		const { status, body } = await api('POST', '/v1/destinations', destinationBody(overrides));
		expect(status).toBe(400);
		expect(body.code).toBe('InvalidInput');
		expect(body.message).toContain(message);
		expect(emu.state.destinations.size).toBe(0);
	});

	it('accepts the offset range ends and normalises the sign', async () => {
		const plus = await api('POST', '/v1/destinations', destinationBody({ time_zone_offset: '12' }));
		expect(plus.body.data?.time_zone_offset).toBe('+12');
		const otherGroup = (await api('POST', '/v1/groups', { name: 'other' })).body.data?.id as string;
		const minus = await api(
			'POST',
			'/v1/destinations',
			destinationBody({ group_id: otherGroup, time_zone_offset: '-11' }),
		);
		expect(minus.body.data?.time_zone_offset).toBe('-11');
	});

	it('needs an existing group without a destination', async () => {
		expect(
			await api('POST', '/v1/destinations', destinationBody({ group_id: 'nope' })),
		).toMatchObject({
			status: 404,
			body: { code: 'NotFound_Group' },
		});
		await api('POST', '/v1/destinations', destinationBody());
		expect(await api('POST', '/v1/destinations', destinationBody())).toMatchObject({ status: 409 });
	});
});

describe('destination details, update, delete, test', () => {
	beforeEach(async () => {
		await api('POST', '/v1/destinations', destinationBody());
	});

	it('lists and reads destinations with masked config', async () => {
		const list = await api('GET', '/v1/destinations');
		expect(list.body.data?.items).toEqual([
			expect.objectContaining({
				id: groupId,
				config: expect.objectContaining({ password: '******' }),
			}),
		]);
		const one = await api('GET', `/v1/destinations/${groupId}`);
		expect(one.body.data).toMatchObject({ id: groupId, setup_status: 'CONNECTED' });
		expect(one.body.data?.setup_tests).toBeUndefined();
	});

	it('answers 404 NotFound_Destination for an unknown id', async () => {
		expect(await api('GET', '/v1/destinations/unknown')).toMatchObject({
			status: 404,
			body: { code: 'NotFound_Destination' },
		});
	});

	it('updates fields, merging config, and changes nothing when one field is invalid', async () => {
		const bad = await api('PATCH', `/v1/destinations/${groupId}`, {
			region: 'GCP_EUROPE_WEST3',
			time_zone_offset: 'x',
		});
		expect(bad.status).toBe(400);
		expect(emu.state.destinations.get(groupId)?.region).toBe('AWS_US_EAST_1');

		const updated = await api('PATCH', `/v1/destinations/${groupId}`, {
			region: 'GCP_EUROPE_WEST3',
			time_zone_offset: '0',
			daylight_saving_time_enabled: true,
			config: { user: 'etl' },
		});
		expect(updated).toMatchObject({
			status: 200,
			body: {
				message: 'Destination has been updated',
				data: {
					region: 'GCP_EUROPE_WEST3',
					daylight_saving_time_enabled: true,
					config: { host: 'db.example.com', user: 'etl', password: '******' },
				},
			},
		});
	});

	it('refuses an update without time_zone_offset, which modify_destination requires', async () => {
		const answer = await api('PATCH', `/v1/destinations/${groupId}`, { region: 'AWS_EU_NORTH_1' });
		expect([answer.status, answer.body.code, answer.body.message]).toEqual([
			400,
			'InvalidInput',
			"Field 'time_zone_offset' is required",
		]);
		expect(emu.state.destinations.get(groupId)?.region).not.toBe('AWS_EU_NORTH_1');
	});

	it("accepts every region of the definition's enum (43 in September 2026), and no other", async () => {
		expect(new Set(DESTINATION_REGIONS).size).toBe(43);
		for (const region of ['AWS_EU_NORTH_1', 'AZURE_KOREACENTRAL', 'GCP_ME_CENTRAL2']) {
			const answer = await api('PATCH', `/v1/destinations/${groupId}`, {
				region,
				time_zone_offset: '0',
			});
			expect([answer.status, answer.body.data?.region]).toEqual([200, region]);
		}
		const unknown = await api('PATCH', `/v1/destinations/${groupId}`, {
			region: 'aws_eu_north_1',
			time_zone_offset: '0',
		});
		expect(unknown.status).toBe(400);
	});

	it('runs setup tests on POST /test', async () => {
		emu.state.destinations.get(groupId)!.config.host = 'unreachable.example.com';
		const tested = await api('POST', `/v1/destinations/${groupId}/test`, {});
		expect(tested).toMatchObject({
			status: 200,
			body: { message: 'Setup tests have been completed', data: { setup_status: 'BROKEN' } },
		});
		expect(tested.body.data?.setup_tests).toEqual(
			expect.arrayContaining([expect.objectContaining({ status: 'FAILED' })]),
		);
	});

	it('deletes the destination, refusing while the group has connections', async () => {
		emu.state.connections.set('conn_x', { id: 'conn_x', group_id: groupId } as never);
		expect(await api('DELETE', `/v1/destinations/${groupId}`)).toMatchObject({ status: 409 });
		emu.state.connections.delete('conn_x');
		expect(await api('DELETE', `/v1/destinations/${groupId}`)).toEqual({
			status: 200,
			body: { code: 'Success', message: `Destination with id '${groupId}' has been deleted` },
		});
		expect(emu.state.groups.has(groupId)).toBe(true);
		expect((await api('GET', `/v1/destinations/${groupId}`)).status).toBe(404);
	});
});
