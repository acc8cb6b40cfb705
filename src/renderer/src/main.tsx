import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { parseRoute } from './app/route';
import { startFirstScreen } from './app/startFirstScreen';
import { guardFileDrops } from './io/guardFileDrops';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// Before any screen mounts, so that a screen's own drop handler runs after it and can accept the file.
guardFileDrops(window);
startFirstScreen(parseRoute(window.location.hash));
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
