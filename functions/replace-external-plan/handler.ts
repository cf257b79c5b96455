import { contract } from '../../shared/api/routes/replace-external-plan';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { savePlan } from '../../shared/use-cases/external-plan';
import { officialDirectory } from '../../shared/wiring/directories';
import { externalPlans } from '../../shared/wiring/stores';

const deps = { plans: externalPlans(), officials: officialDirectory() };

export const handler = httpRoute(functions.replaceExternalPlan, contract, (request) =>
  savePlan(request.params.year, request.body, request.expectedVersion, deps),
);
