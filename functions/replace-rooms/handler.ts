import { roomListSchema } from '../../shared/domain/resources';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { roomDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(functions.replaceRooms, roomDirectory(), roomListSchema);
