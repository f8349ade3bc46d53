// An incident id that names no incident: a merge may have taken it (its id stays in bookmarks, notes and
// exports), and then the user is told where its reports are now rather than only "not found".
import type { Store } from '../store/store.js';
import { mergedMessage, standingIncident } from '../store/merged-into.js';
import { CliError } from './command.js';

/** E_MERGED naming the incident that holds the reports now, else E_NOT_FOUND. */
export async function missingIncident(store: Pick<Store, 'getIncident' | 'mergedInto'>, id: number): Promise<CliError> {
  const moved = await standingIncident(store, id);
  return moved ? new CliError(`${mergedMessage(moved)}: sitrep incident ${moved.id}`, 'E_MERGED', 1) : new CliError(`no incident ${id}`, 'E_NOT_FOUND', 1);
}
