/** @module Builds the review page into web/dist: static files only, nothing inline (the CSP forbids it). */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ command }) => ({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Inline data URIs and the preload polyfill would need looser script/style rules.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  // React picks its production build from NODE_ENV; a build started from a test runner (NODE_ENV=test)
  // would otherwise ship the development build, several times slower.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  logLevel: 'warn',
}));
