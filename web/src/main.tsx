import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleRoot } from './ConsoleRoot';

dayjs.locale('vi');

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
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
        },
      }}
    >
      <AntApp>
        <ConsoleRoot />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
