import type { FormInstance } from 'antd';
import type { ApiError } from '../api';
import { issueText, namePath } from '../issues';
import { type FormValues, formPath } from './form-values';

/** Puts each of the API's field issues on the form field it names; true when there were any. */
export function applyIssues(form: FormInstance<FormValues>, error: ApiError): boolean {
  const issues = error.details.issues ?? [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of issues) {
    const name = formPath(namePath(issue.path));
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issueText(issue));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()] as Parameters<FormInstance<FormValues>['setFields']>[0]);
  return issues.length > 0;
}
