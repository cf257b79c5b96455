import { roomListSchema } from '../../domain/resources';
import { directoryListContract } from './directory-contracts';

export const contract = directoryListContract(roomListSchema, 'Meeting rooms');
