import type { INode } from 'n8n-workflow';

/** A Fivetran node as contexts built by hand (unit tests, method contexts) report it. */
export const TEST_NODE: INode = {
	id: 'test-node',
	name: 'Fivetran',
	type: 'n8n-nodes-fivetran.fivetran',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
