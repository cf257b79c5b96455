import { roomDirectory } from '../../shared/adapters/directories';
import { roomListSchema } from '../../shared/domain/resources';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';

export const handler = replaceDirectory(functions.replaceRooms, roomDirectory(), roomListSchema);
