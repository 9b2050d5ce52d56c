/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * Prints the Fivetran node's operations as Markdown, read from the node description:
 *
 *   npx ts-node --transpile-only scripts/docs/operations.ts             # README tables
 *   npx ts-node --transpile-only scripts/docs/operations.ts --reference > docs/operations.md
 */
import { resources } from '../../nodes/Fivetran/v1/actions/resources';
import { versionDescription } from '../../nodes/Fivetran/v1/actions/versionDescription';
import { listOperations, referenceMarkdown, summaryMarkdown } from './operationsMarkdown';

const operations = listOperations(versionDescription.properties, resources);
const reference = process.argv.includes('--reference');
process.stdout.write(reference ? referenceMarkdown(operations) : summaryMarkdown(operations));
