/** @module Entry point of the review page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchFirstScreen } from './api/client.js';
import { App } from './app/App.js';
import { parseRoute } from './app/parse-route.js';
import './styles/app.css';

prefetchFirstScreen(parseRoute(window.location.hash));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
