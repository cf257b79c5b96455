import type { FormInstance } from 'antd';

/** The form's values once its own checks pass; undefined when they fail (antd shows why on the fields). */
export async function checkedValues<T>(form: FormInstance<T>): Promise<T | undefined> {
  try {
    return await form.validateFields();
  } catch {
    return undefined;
  }
}
