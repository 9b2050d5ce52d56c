/**
 * The README's operation tables and docs/operations.md as the node description makes them
 * (operationsMarkdown.ts). Pure: the README text in, both documents out.
 */
import { resources } from '../../nodes/Fivetran/v1/actions/resources';
import { versionDescription } from '../../nodes/Fivetran/v1/actions/versionDescription';
import { listOperations, referenceMarkdown, summaryMarkdown } from './operationsMarkdown';

const START = '<!-- operations:start -->\n';
const END = '<!-- operations:end -->';

export function generatedDocs(readme: string): { readme: string; reference: string } {
	const operations = listOperations(versionDescription.properties, resources);
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start)
		throw new Error(`README.md lacks the ${START.trim()} / ${END} markers`);
	return {
		readme: `${readme.slice(0, start + START.length)}${summaryMarkdown(operations)}${readme.slice(end)}`,
		reference: referenceMarkdown(operations),
	};
}
