import { agencyListSchema } from '../../domain/agency-directory';
import { directoryListContract } from './directory-contracts';

export const contract = directoryListContract(agencyListSchema, 'The agency directory');
