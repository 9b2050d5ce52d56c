/**
 * The Fivetran node offered to n8n's AI Agent as a tool: `usableAsTool` makes n8n generate a
 * `…Tool` variant with an `ai_tool` output, listed among the node types the editor loads, and
 * the Agent's Tool connector finds it in the node panel.
 */
import { startEditorFixture, type EditorFixture } from './editorFixture';
import { EditorPage, type LoadedNodeType } from './editorPage';

const TOOL_TYPE = 'n8n-nodes-fivetran.fivetranTool';
const SETUP_TIMEOUT_MS = 300_000;
const STEP_TIMEOUT_MS = 90_000;

describe('the Fivetran node as an AI Agent tool', () => {
	let fixture: EditorFixture;
	let editor: EditorPage;

	beforeAll(async () => {
		fixture = await startEditorFixture('ai-tool');
		editor = new EditorPage(fixture.browser.page, fixture.n8n.url);
		await editor.signIn(fixture.n8n.owner);
	}, SETUP_TIMEOUT_MS);

	afterAll(async () => {
		await fixture?.close();
	}, SETUP_TIMEOUT_MS);

	it(
		'is among the node types n8n loaded, with an ai_tool output in the AI Tools category',
		async () => {
			const types = await editor.loadedNodeTypes();
			const tool = types.find((type) => type.name === TOOL_TYPE);
			expect(tool).toMatchObject<Partial<LoadedNodeType>>({
				name: TOOL_TYPE,
				displayName: 'Fivetran Tool',
				outputs: ['ai_tool'],
			});
			expect(tool?.codex?.categories).toContain('AI');
			expect(tool?.codex?.subcategories?.AI).toContain('Tools');
		},
		STEP_TIMEOUT_MS,
	);

	it(
		"is offered by the AI Agent's Tool connector",
		async () => {
			await editor.openNewWorkflow();
			await editor.openNodePanel();
			await editor.searchNodes('AI Agent', '@n8n/n8n-nodes-langchain.agent');
			await editor.nodeResult('AI Agent').click();
			await editor.closeNodeDetails();
			await editor.openToolConnector();
			const results = await editor.searchNodes('fivetran', TOOL_TYPE);
			await fixture.browser.screenshot('agent-tools');
			expect(results).toContainEqual({ name: 'Fivetran Tool', type: TOOL_TYPE });
		},
		STEP_TIMEOUT_MS,
	);
});
