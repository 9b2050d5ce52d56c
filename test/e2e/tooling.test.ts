/**
 * The pure parts of the n8n tooling, without starting n8n: reading `n8n execute` output, the
 * workflow builder, and the example workflows `npm start` imports.
 */
import { loadExampleWorkflows } from '../../scripts/lib/examples';
import { nodeItems, parseRunOutput } from '../../scripts/lib/n8nExecute';
import {
	chainWorkflow,
	FIVETRAN_CREDENTIAL_ID,
	FIVETRAN_NODE_TYPE,
	FIVETRAN_TRIGGER_TYPE,
	fivetranNode,
	manualTrigger,
	type WorkflowNode,
} from '../../scripts/lib/workflowBuilder';

describe('parseRunOutput', () => {
	const run = {
		data: {
			resultData: {
				runData: {
					'List users': [{ data: { main: [[{ json: { id: 'u1' } }, { json: { id: 'u2' } }]] } }],
				},
			},
		},
	};

	it('cuts the indented run JSON out of log lines before and after it', () => {
		const output = [
			'Loading nodes...',
			JSON.stringify(run, null, 2),
			'Shutting down',
			'{ not json',
		].join('\n');
		const parsed = parseRunOutput(output);
		expect(parsed).toEqual(run);
		expect(nodeItems(parsed!, 'List users')).toEqual([{ id: 'u1' }, { id: 'u2' }]);
	});

	it('answers undefined when n8n printed no run', () => {
		expect(parseRunOutput('Error executing workflow\n{"inline": true}\n')).toBeUndefined();
	});

	it('names the nodes that ran when the asked one did not', () => {
		expect(() => nodeItems(parseRunOutput(JSON.stringify(run, null, 2))!, 'Get user')).toThrow(
			'Node "Get user" did not run (nodes that ran: List users)',
		);
	});
});

describe('chainWorkflow', () => {
	it('connects each node to the next and lays them out left to right', () => {
		const workflow = chainWorkflow('wf1', 'Chain', [
			manualTrigger(),
			fivetranNode('First', { resource: 'account', operation: 'getInfo' }, 'Cred'),
			fivetranNode('Second', { resource: 'user', operation: 'getMany' }, 'Cred'),
		]);
		expect(workflow.connections).toEqual({
			[manualTrigger().name]: { main: [[{ node: 'First', type: 'main', index: 0 }]] },
			First: { main: [[{ node: 'Second', type: 'main', index: 0 }]] },
		});
		expect((workflow.nodes as WorkflowNode[]).map((node) => node.position[0])).toEqual([
			0, 240, 480,
		]);
		expect(workflow.nodes[1]).toMatchObject({
			type: FIVETRAN_NODE_TYPE,
			executeOnce: true,
			credentials: { fivetranApi: { id: FIVETRAN_CREDENTIAL_ID, name: 'Cred' } },
		});
	});
});

describe('example workflows', () => {
	const examples = loadExampleWorkflows();

	it('are the five `npm start` imports, with ids n8n accepts (at most 21 characters)', () => {
		expect(examples.map((workflow) => workflow.name).sort()).toEqual([
			'Fivetran: create a system key',
			'Fivetran: invite a user',
			'Fivetran: list connections',
			'Fivetran: notify on failed sync',
			'Fivetran: sync and wait',
		]);
		for (const workflow of examples) expect(workflow.id.length).toBeLessThanOrEqual(21);
	});

	it('use the package as a community package and the shared credential', () => {
		for (const workflow of examples) {
			const packageNodes = (workflow.nodes as WorkflowNode[]).filter((node) =>
				node.type.startsWith('n8n-nodes-fivetran.'),
			);
			expect(packageNodes.length).toBeGreaterThan(0);
			for (const node of packageNodes) {
				expect([FIVETRAN_NODE_TYPE, FIVETRAN_TRIGGER_TYPE]).toContain(node.type);
				expect(node.credentials?.fivetranApi.id).toBe(FIVETRAN_CREDENTIAL_ID);
			}
		}
	});

	it('start with a Manual Trigger unless they start with the Fivetran Trigger', () => {
		for (const workflow of examples) {
			const types = (workflow.nodes as WorkflowNode[]).map((node) => node.type);
			expect(
				types.includes('n8n-nodes-base.manualTrigger') !== types.includes(FIVETRAN_TRIGGER_TYPE),
			).toBe(true);
		}
	});
});
