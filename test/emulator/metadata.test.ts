import { startTestApi, type TestApi } from './connectionsTestKit';

let api: TestApi;
beforeAll(async () => {
	api = await startTestApi();
});
afterAll(() => api.close());

describe('connector-type metadata', () => {
	it('pages through the catalog without field metadata', async () => {
		const first = await api.call('GET', '/v1/metadata/connector-types?limit=10');
		expect(first.status).toBe(200);
		expect(first.body.data?.items).toHaveLength(10);
		expect(first.body.data?.items?.[0]).toEqual({
			id: 'google_sheets',
			name: 'Google Sheets',
			type: 'File',
			description: 'Google Sheets is a spreadsheet app.',
			icon_url: 'https://fivetran.com/integrations/google_sheets/resources/google_sheets-logo.svg',
			link_to_docs: 'https://fivetran.com/docs/connectors/google-sheets',
			service_status: 'general_availability',
			supported_features: [{ id: 'COLUMN_HASHING' }, { id: 'RE_SYNC' }, { id: 'API_CONFIGURABLE' }],
		});
		const ids: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await api.call(
				'GET',
				`/v1/metadata/connector-types?limit=10${cursor ? `&cursor=${cursor}` : ''}`,
			);
			ids.push(...(page.body.data?.items ?? []).map((item) => String(item.id)));
			cursor = page.body.data?.next_cursor;
		} while (cursor);
		expect(ids.length).toBeGreaterThanOrEqual(25);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining(['postgres', 'salesforce', 'connector_sdk', 'aws_lambda', 's3']),
		);
		expect(ids).not.toContain('snowflake');
	});

	it('serves one type with config and auth field metadata', async () => {
		const answer = await api.call('GET', '/v1/metadata/connector-types/postgres');
		expect(answer.status).toBe(200);
		expect(answer.body.data).toMatchObject({
			id: 'postgres',
			type: 'Database',
			config: {
				type: 'object',
				properties: {
					schema: { type: 'string' },
					port: { type: 'integer' },
					password: { format: 'password' },
				},
			},
			auth: { type: 'object', properties: {} },
		});
		const saas = await api.call('GET', '/v1/metadata/connector-types/hubspot');
		expect(saas.body.data?.auth).toMatchObject({
			properties: { refresh_token: { format: 'password' } },
		});
	});

	it('answers 404 for an unknown service and serves the legacy path', async () => {
		const missing = await api.call('GET', '/v1/metadata/connector-types/snowflake');
		expect(missing.status).toBe(404);
		expect(missing.body.code).toBe('NotFound_ConnectorType');
		const legacy = await api.call('GET', '/v1/metadata/connectors/stripe');
		expect(legacy.body.data).toMatchObject({ id: 'stripe', name: 'Stripe', type: 'Finance' });
	});
});
