import { divisionListSchema } from '../../domain/divisions';
import { directoryListContract } from './directory-contracts';

export const contract = directoryListContract(
  divisionListSchema,
  "The Department's divisions that host visits",
);
