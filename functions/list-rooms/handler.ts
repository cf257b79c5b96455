import { contract } from '../../shared/api/routes/list-rooms';
import { listDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { roomDirectory } from '../../shared/wiring/directories';

export const handler = listDirectory(functions.listRooms, contract, roomDirectory());
