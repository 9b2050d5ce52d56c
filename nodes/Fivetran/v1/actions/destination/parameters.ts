/** Readers for the Destination parameters; each refuses bad input before any request. */
import type { IExecuteFunctions } from 'n8n-workflow';
import { readLocatorId } from '../../helpers/parameters';

export function readDestinationId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocatorId(ctx, 'destinationId', 'Destination', itemIndex);
}
