import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleRoot } from './ConsoleRoot';
import './console.css';
import { quietIcons } from './quiet-icons';

dayjs.locale('vi');

/** vi_VN asks "Chọn thời điểm" of every date picker: a date-only one asks for a day (pickers with a time say so themselves). */
const locale = {
  ...viVN,
  DatePicker: viVN.DatePicker && {
    ...viVN.DatePicker,
    lang: { ...viVN.DatePicker.lang, placeholder: 'Chọn ngày' },
  },
};

const focusBlue = {
  activeBorderColor: '#0b4f9c',
  hoverBorderColor: '#0b4f9c',
  activeShadow: '0 0 0 2px rgba(11, 79, 156, 0.2)',
};

quietIcons();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider
      locale={locale}
      theme={{
        token: {
          colorPrimary: '#b91c1c',
          colorError: '#b42318',
          colorLink: '#0b4f9c',
          fontSize: 14,
          colorTextSecondary: '#595959',
          colorTextDescription: '#595959',
          colorTextTertiary: '#595959',
          colorTextQuaternary: '#666666',
          colorTextDisabled: '#666666',
          // Focus in the link blue: a red ring reads as an error on a form.
          controlOutline: 'rgba(11, 79, 156, 0.2)',
        },
        components: {
          Input: focusBlue,
          InputNumber: focusBlue,
          Select: { ...focusBlue, activeOutlineColor: 'rgba(11, 79, 156, 0.2)' },
          DatePicker: focusBlue,
        },
      }}
    >
      <AntApp>
        <ConsoleRoot />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
