import type { FormInstance } from 'antd';

/**
 * The form's values once its own checks pass; undefined when they fail (antd shows why on the
 * fields). Every value the form holds, not only the fields on screen: a member's details in a row
 * nobody expanded were loaded with the visit and must go back with it.
 */
export async function checkedValues<T>(form: FormInstance<T>): Promise<T | undefined> {
  try {
    await form.validateFields();
  } catch {
    return undefined;
  }
  return form.getFieldsValue(true) as T;
}
