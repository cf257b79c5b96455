import { contract } from '../../shared/api/routes/list-rules';
import { hungYenProfile } from '../../shared/compliance/profile';
import { rules } from '../../shared/compliance/rules';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { holidayCalendar } from '../../shared/wiring/directories';

const profile = hungYenProfile;
const calendar = holidayCalendar();

/** Every rule with its legal source and the figures the current profile gives it. */
const ruleList = {
  profile: { id: profile.id, version: profile.version, name: profile.name, province: profile.province },
  rules: rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    citation: rule.citation,
    verified: rule.verified,
    inForce: rule.inForce,
    // Each legal basis with its dates: one version, or several where the law changed.
    versions: rule.versions ?? [{ from: rule.inForce.from, to: rule.inForce.to, citation: rule.citation }],
    parameters: Object.fromEntries(rule.parameters.map((name) => [name, profile.parameters[name]])),
  })),
};

/** The rules, and the holiday calendar they count with as admin last corrected it. */
export const handler = httpRoute(functions.listRules, contract, async () => ({
  ...ruleList,
  holidayCalendar: await calendar.list(),
}));
