import { describe, expect, it } from 'vitest';
import { missingPythonModule, referenceDir } from '../../../../tools/bench/reference-model.ts';

describe('referenceDir', () => {
  it("is in the user's cache folder, outside any checkout", () => {
    expect(referenceDir({}, '/home/ann')).toBe('/home/ann/.cache/threadlens/reference-bert-base');
    expect(referenceDir({ XDG_CACHE_HOME: '/var/cache/ann' }, '/home/ann')).toBe('/var/cache/ann/threadlens/reference-bert-base');
    // a relative XDG_CACHE_HOME is invalid by the spec: ignored
    expect(referenceDir({ XDG_CACHE_HOME: 'cache' }, '/home/ann')).toBe('/home/ann/.cache/threadlens/reference-bert-base');
  });
});

describe('missingPythonModule', () => {
  it('names the Debian package of a missing module', () => {
    const stderr = 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nModuleNotFoundError: No module named \'torch\'\n';
    expect(missingPythonModule(stderr)).toContain('has no torch module (Debian package python3-torch;');
    expect(missingPythonModule("ModuleNotFoundError: No module named 'onnx.helper'")).toContain('python3-onnx');
  });

  it('is null for any other failure', () => {
    expect(missingPythonModule('Illegal instruction')).toBeNull();
  });
});
