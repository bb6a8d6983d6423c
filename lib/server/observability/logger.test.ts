import { describe, expect, it } from 'vitest';
import { captureLogs } from '@/test/log-lines';
import { log, maskEmails, requestContext } from './logger';

describe('the logger', () => {
  it('writes JSON lines with level, time, component and, inside a request, its id', () => {
    const logs = captureLogs();
    try {
      log('test').info('outside');
      requestContext.run({ requestId: 'abcdef0123456789' }, () => log('test').warn({ route: '/x' }, 'inside'));
    } finally {
      logs.restore();
    }
    const [outside, inside] = logs.lines();
    expect(outside).toMatchObject({ level: 'info', component: 'test', msg: 'outside' });
    expect(outside).not.toHaveProperty('requestId');
    expect(typeof outside?.time).toBe('string');
    expect(inside).toMatchObject({ level: 'warn', requestId: 'abcdef0123456789', route: '/x', msg: 'inside' });
  });

  it('masks e-mail addresses anywhere in a line, error messages included', () => {
    const logs = captureLogs();
    try {
      log('test').error({ err: new Error('Key (email)=(anna.berg@example.org) exists') }, 'for max@uni-leipzig.de');
      log('test').info({ email: 'x@example.org' }, 'field');
    } finally {
      logs.restore();
    }
    expect(logs.text()).not.toMatch(/anna\.berg|max@|x@example/);
    expect(logs.text()).toContain('a…@example.org');
    expect(logs.text()).toContain('m…@uni-leipzig.de');
  });

  it('leaves text without addresses alone', () => {
    expect(maskEmails('GET /events/tagung 200')).toBe('GET /events/tagung 200');
  });
});
