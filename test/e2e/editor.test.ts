/**
 * The Fivetran node as a person meets it in n8n's editor (a headless Chromium against a real
 * n8n 2.41 with this package installed as a community package): found in the node panel by
 * name and by alias, added, given the emulator credential, a connection chosen from the list
 * the emulator fills, executed. Each step leaves a screenshot in test-results/e2e/editor.
 */
import type { Locator } from 'playwright-core';

import type { ConnectionRecord } from '../emulator/state';
import { FIVETRAN_CREDENTIAL_ID } from '../../scripts/lib/workflowBuilder';
import { startEditorFixture, type EditorFixture } from './editorFixture';
import { EditorPage } from './editorPage';
import { CREDENTIAL_NAME } from './kit';

const NODE_TYPE = 'n8n-nodes-fivetran.fivetran';
/** Starting the emulator and n8n (a fresh database: migrations) and Chromium. */
const SETUP_TIMEOUT_MS = 300_000;
const STEP_TIMEOUT_MS = 90_000;

/** How the node's resource locator names a connection (nodes/shared/listSearch.ts). */
function listLabel(fixture: EditorFixture, connection: ConnectionRecord): string {
	const group = fixture.emulator.state.groups.get(connection.group_id);
	return `${connection.schema} (${connection.service}) · ${group?.name ?? connection.group_id}`;
}

describe('the Fivetran node in the n8n editor', () => {
	let fixture: EditorFixture;
	let editor: EditorPage;
	const screenshot = async (name: string) => await fixture.browser.screenshot(name);

	beforeAll(async () => {
		fixture = await startEditorFixture('editor');
		editor = new EditorPage(fixture.browser.page, fixture.n8n.url);
		await editor.signIn(fixture.n8n.owner);
		await editor.openNewWorkflow();
		await screenshot('new-workflow');
	}, SETUP_TIMEOUT_MS);

	afterAll(async () => {
		await fixture?.close();
	}, SETUP_TIMEOUT_MS);

	it(
		'offers the community node when typing "fivetran" in the node panel',
		async () => {
			await editor.openNodePanel();
			const results = await editor.searchNodes('fivetran', NODE_TYPE);
			await screenshot('search-fivetran');
			expect(results).toContainEqual({ name: 'Fivetran', type: NODE_TYPE });
		},
		STEP_TIMEOUT_MS,
	);

	it(
		'shows the Fivetran icon next to the result',
		async () => {
			expect(await editor.resultIconLoaded('Fivetran')).toBe(true);
		},
		STEP_TIMEOUT_MS,
	);

	it(
		'finds it by its alias "connector" too',
		async () => {
			const results = await editor.searchNodes('connector', NODE_TYPE);
			await screenshot('search-connector');
			expect(results).toContainEqual({ name: 'Fivetran', type: NODE_TYPE });
		},
		STEP_TIMEOUT_MS,
	);

	it(
		'adds it as "Get a connection": resource Connection (Connector), operation Get',
		async () => {
			await editor.chooseAction('Fivetran', 'Get a connection');
			await screenshot('node-added');
			expect(await editor.parameterValue('resource')).toBe('Connection (Connector)');
			expect(await editor.parameterValue('operation')).toBe('Get');
		},
		STEP_TIMEOUT_MS,
	);

	it(
		'uses the imported credential',
		async () => {
			await editor.chooseCredential(FIVETRAN_CREDENTIAL_ID);
			expect(await editor.credentialShown()).toBe(CREDENTIAL_NAME);
		},
		STEP_TIMEOUT_MS,
	);

	describe('with a connection chosen from the list', () => {
		let chosen: ConnectionRecord;

		it(
			'lists the connections of the emulator account',
			async () => {
				const connections = [...fixture.emulator.state.connections.values()];
				const entries = await editor.openResourceList('connectionId');
				await screenshot('connection-list');
				expect(entries.sort()).toEqual(connections.map((c) => listLabel(fixture, c)).sort());
				// Not the first entry: the choice must be the one that runs.
				chosen = connections[2];
				await editor.chooseListEntry(listLabel(fixture, chosen));
			},
			STEP_TIMEOUT_MS,
		);

		it(
			'executes the node and shows the chosen connection as its output item',
			async () => {
				const output: Locator = await editor.executeNode();
				await screenshot('output');
				const shown = await output.innerText();
				expect(shown).toMatch(/\b1 item\b/);
				expect(shown).toContain(chosen.id);
				expect(shown).toContain(chosen.schema);
				expect(
					fixture.emulator.requestLog.count('GET', `/v1/connections/${chosen.id}`),
				).toBeGreaterThan(0);
			},
			STEP_TIMEOUT_MS,
		);
	});
});
