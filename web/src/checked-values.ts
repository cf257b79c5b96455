import type { FormInstance } from 'antd';

type NamePath = (string | number)[];

/**
 * The form's values once its own checks pass; undefined when they fail (antd shows why on the
 * fields, and `onInvalid` hears how many fields and the first one). Every value the form holds, not
 * only the fields on screen: a member's details in a row nobody expanded were loaded with the visit
 * and must go back with it.
 */
export async function checkedValues<T>(
  form: FormInstance<T>,
  onInvalid?: (count: number, first: NamePath) => void,
): Promise<T | undefined> {
  try {
    await form.validateFields();
  } catch (error) {
    const fields = (error as { errorFields?: { name: NamePath }[] }).errorFields ?? [];
    if (fields[0]) onInvalid?.(fields.length, fields[0].name);
    return undefined;
  }
  return form.getFieldsValue(true) as T;
}

/** "Còn 3 mục cần điền hoặc sửa", counted as the form counts its fields in error. */
export const missingMessage = (count: number) =>
  `Còn ${count} mục cần điền hoặc sửa (đánh dấu đỏ); đã chuyển tới mục đầu tiên.`;
