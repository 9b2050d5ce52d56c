/**
 * `npm run emulator`: its flags, the demo account it plans (pure), and what an emulator
 * seeded with a plan holds (in-process, manual clock).
 */
import {
	DEMO_SIZE,
	planDemoAccount,
	startDemoEmulator,
	type DemoPlan,
} from '../../scripts/lib/demoAccount';
import { describeAccount, parseArguments, toOptions } from './cli';
import { call, type Page } from './testUtils';

const connectionCounts = (plan: DemoPlan) => plan.groups.map((group) => group.connections.length);

describe('npm run emulator: flags', () => {
	it("without flags starts npm start's demo account on port 8787 with a real clock", () => {
		expect(toOptions(parseArguments([]))).toEqual({
			port: 8787,
			host: '127.0.0.1',
			clock: { mode: 'real' },
			latencyMs: 0,
			random: 1,
			size: DEMO_SIZE,
		});
	});

	it('sizes the account with --connections, --users, --groups and --system-keys', () => {
		const options = toOptions(
			parseArguments([
				'--connections',
				'40',
				'--users',
				'2',
				'--groups',
				'5',
				'--system-keys',
				'0',
				'--seed',
				'7',
				'--port',
				'0',
			]),
		);
		expect(options).toMatchObject({
			port: 0,
			random: 7,
			size: { connections: 40, users: 2, groups: 5, systemKeys: 0 },
		});
	});

	it('refuses an unknown flag and a value that is not a non-negative integer', () => {
		expect(() => parseArguments(['--tables', '3'])).toThrow();
		expect(() => parseArguments(['--connections=-1'])).toThrow(
			'--connections needs a non-negative integer',
		);
		expect(() => parseArguments(['--users', '2.5'])).toThrow(
			'--users needs a non-negative integer',
		);
	});
});

describe('planDemoAccount', () => {
	it('by default is the demo account: three groups, a dozen connections in every state', () => {
		const plan = planDemoAccount();
		expect(planDemoAccount(DEMO_SIZE)).toEqual(plan);
		expect(plan.groups.map((group) => group.name)).toEqual([
			'warehouse_prod',
			'analytics_eu',
			'sandbox',
		]);
		expect(connectionCounts(plan)).toEqual([5, 4, 3]);
		const states = plan.groups.flatMap((group) => group.connections.map((c) => c.state));
		expect(new Set(states)).toEqual(
			new Set(['healthy', 'syncing', 'broken', 'paused', 'never synced']),
		);
		expect(plan.namedUsers.map((user) => user.email)).toEqual([
			'maria.garcia@example.com',
			'kenji.sato@example.com',
			'amara.okafor@example.com',
		]);
		expect(plan.generatedUsers).toBe(4);
		expect(plan.systemKeys.map((key) => key.name)).toEqual(['dbt_cloud_reader']);
	});

	it('fills more connections in rounds over the groups, never a schema twice in a group', () => {
		const plan = planDemoAccount({ groups: 2, connections: 30 });
		expect(connectionCounts(plan)).toEqual([18, 12]);
		for (const group of plan.groups) {
			const schemas = group.connections.map((connection) => connection.schema);
			expect(new Set(schemas).size).toBe(schemas.length);
		}
		expect(plan.groups[0].connections.map((c) => c.schema).slice(4, 7)).toEqual([
			'shopify_store',
			'salesforce_2',
			'hubspot_marketing_2',
		]);
	});

	it('gives fewer connections to the first groups first', () => {
		expect(connectionCounts(planDemoAccount({ connections: 7 }))).toEqual([5, 2, 0]);
		expect(connectionCounts(planDemoAccount({ connections: 0 }))).toEqual([0, 0, 0]);
	});

	it('repeats the demo groups with numbered names for more groups', () => {
		const plan = planDemoAccount({ groups: 5, connections: 0 });
		expect(plan.groups.map((group) => group.name)).toEqual([
			'warehouse_prod',
			'analytics_eu',
			'sandbox',
			'warehouse_prod_2',
			'analytics_eu_2',
		]);
		expect(plan.groups[3].destination).toEqual(plan.groups[0].destination);
	});

	it('takes the named users first, then generated ones; numbers further system keys', () => {
		expect(planDemoAccount({ users: 2 })).toMatchObject({ generatedUsers: 0 });
		expect(planDemoAccount({ users: 2 }).namedUsers).toHaveLength(2);
		expect(planDemoAccount({ users: 50 })).toMatchObject({ generatedUsers: 47 });
		expect(planDemoAccount({ systemKeys: 3 }).systemKeys.map((key) => key.name)).toEqual([
			'dbt_cloud_reader',
			'dbt_cloud_reader_2',
			'dbt_cloud_reader_3',
		]);
	});

	it('refuses connections without a group', () => {
		expect(() => planDemoAccount({ groups: 0 })).toThrow('Connections need a group');
		expect(planDemoAccount({ groups: 0, connections: 0 }).groups).toEqual([]);
	});
});

describe('the seeded emulator', () => {
	it('holds the planned account, reachable with the printed key, and its connections sync', async () => {
		const { emu, account } = await startDemoEmulator({
			size: { groups: 2, connections: 14, users: 5, systemKeys: 2 },
		});
		try {
			const count = async (path: string) =>
				(await call<Page>(emu, 'GET', `${path}?limit=1000`)).body.data?.items.length;
			expect(await count('/v1/groups')).toBe(2);
			expect(await count('/v1/destinations')).toBe(2);
			expect(await count('/v1/connections')).toBe(14);
			expect(await count('/v1/users')).toBe(6);
			expect(await count('/v1/system-keys')).toBe(2);

			const healthy = account.connections.find((connection) => connection.state === 'healthy')!;
			const sync = await call(emu, 'POST', `/v1/connections/${healthy.id}/sync`, { body: {} });
			expect(sync.status).toBe(200);

			expect(describeAccount(account)).toBe(
				'2 groups with a destination each, 14 connections (6 healthy, 2 syncing, 3 broken, 2 paused, 1 never synced), 6 users (administrator included), 2 system keys',
			);
		} finally {
			await emu.close();
		}
	});
});
