// The local runner's Windows mode, its pure parts: path mapping and the environment a step gets.
import { describe, expect, it } from '@jest/globals';
import { toHostPath, toWindowsPath } from '../../harness/windows-host.js';
import { hostStepEnv, windowsStepRequest } from '../../harness/windows-process.js';

const host = { prefix: '/tmp/prefix' } as Parameters<typeof hostStepEnv>[0];

describe('Windows paths of the local runner', () => {
  it('maps the Unix root to Z: and back, and C: to the prefix', () => {
    expect(toWindowsPath('/tmp/r/_work/_temp')).toBe('Z:\\tmp\\r\\_work\\_temp');
    expect(toHostPath('Z:\\tmp\\r\\_work\\_temp', '/p')).toBe('/tmp/r/_work/_temp');
    expect(toHostPath('C:\\users\\root\\Temp', '/p')).toBe('/p/drive_c/users/root/Temp');
    expect(toHostPath('relative\\name', '/p')).toBe('relative\\name');
  });

  it('gives a host shell step Unix names for Windows paths, its own PATH and HOME, and keeps lists as they are', () => {
    const env = hostStepEnv(host, { TEMP: 'Z:\\tmp\\job\\tmp', PATH: 'Z:\\go\\bin;C:\\windows', CGO_ENABLED: '0' }, { PATH: '/usr/bin', HOME: '/root' });
    expect(env).toEqual({ TEMP: '/tmp/job/tmp', PATH: '/usr/bin', HOME: '/root', CGO_ENABLED: '0' });
  });

  it('asks Runner.Worker.exe for a step with Windows paths and the whole job environment', () => {
    const request = windowsStepRequest('/tools/jobtool.exe', ['hold', 'Z:\\x', '0'], { TEMP: 'Z:\\t' }, '/w/repo', '/w/log');
    expect(request).toEqual({
      program: 'Z:\\tools\\jobtool.exe',
      args: ['hold', 'Z:\\x', '0'],
      env: { TEMP: 'Z:\\t' },
      dir: 'Z:\\w\\repo',
      background: 'Z:\\w\\log',
    });
    expect(windowsStepRequest('go.exe', [], {}, '/w').program).toBe('go.exe');
  });
});
