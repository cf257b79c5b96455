import { officialListSchema } from '../../domain/resources';
import { directoryListContract } from './directory-contracts';

export const contract = directoryListContract(officialListSchema, 'Officials who attend meetings');
