import { contract } from '../../shared/api/routes/get-external-plan';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { viewPlan } from '../../shared/use-cases/external-plan';
import { externalPlans } from '../../shared/wiring/stores';

const deps = { plans: externalPlans() };

export const handler = httpRoute(functions.getExternalPlan, contract, ({ params }) =>
  viewPlan(params.year, deps),
);
