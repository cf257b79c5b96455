import { listDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { roomDirectory } from '../../shared/wiring/directories';

export const handler = listDirectory(functions.listRooms, roomDirectory());
