import { describe, expect, it } from 'vitest';
import { envName, loadConfig } from './config-schema.js';

describe('loadConfig', () => {
  it('keeps everything embedded and local with no environment', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({})).toMatchObject({
      dataDir: '.spine',
      host: '127.0.0.1',
      port: 4780,
      cookieSecure: false,
      workerConcurrency: 1,
    });
  });

  it('reads every key from SPINE_* (DATABASE_URL for the database) and lets options win', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://db.internal/spine',
        SPINE_PORT: '8080',
        SPINE_RATE_LIMIT_PER_MINUTE: '600',
        SPINE_MAX_UPLOAD_FILES: '20',
        SPINE_WORKER_CONCURRENCY: '3',
        SPINE_COOKIE_SECURE: 'true',
      },
      { port: '9090' },
    );
    expect(config).toMatchObject({
      databaseUrl: 'postgres://db.internal/spine',
      port: 9090,
      rateLimitPerMinute: 600,
      maxUploadFiles: 20,
      workerConcurrency: 3,
      cookieSecure: true,
    });
    expect(envName('maxUploadMb')).toBe('SPINE_MAX_UPLOAD_MB');
  });

  it('keeps the environment value when an option is passed as undefined', () => {
    expect(loadConfig({ SPINE_DATA_DIR: '/srv/spine' }, { dataDir: undefined }).dataDir).toBe('/srv/spine');
  });

  it('reads "false" as false, not as a non-empty string', () => {
    expect(loadConfig({ SPINE_COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(loadConfig({ SPINE_COOKIE_SECURE: '0' }).cookieSecure).toBe(false);
  });

  it('rejects a value it cannot use, naming the key', () => {
    expect(() => loadConfig({ SPINE_PORT: 'eighty' })).toThrow(/port/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });
});
