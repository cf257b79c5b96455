import { Select, Space } from 'antd';

/** "Năm" and the years a screen offers, labelled for screen readers by `id`. */
export function YearSelect(props: {
  id: string;
  value: number;
  years: readonly number[];
  onChange(year: number): void;
}) {
  return (
    <Space style={{ marginBottom: 16 }}>
      <span id={props.id}>Năm</span>
      <Select
        aria-labelledby={props.id}
        value={props.value}
        onChange={props.onChange}
        options={props.years.map((year) => ({ value: year, label: String(year) }))}
        style={{ width: 120 }}
      />
    </Space>
  );
}
