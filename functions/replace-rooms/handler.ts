import { contract } from '../../shared/api/routes/replace-rooms';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { roomDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(functions.replaceRooms, contract, roomDirectory(), (item) => item.id);
