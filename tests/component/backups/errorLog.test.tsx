// Unexpected errors stay on this computer: logged to the console and a small ring buffer, which
// the error boundary's "Copy error details" includes, so a user can pass them on if they choose.

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import {
  ERROR_LOG_SIZE,
  clearErrorLog,
  installGlobalErrorLogging,
  logError,
  recentErrors,
  recentErrorsText,
} from '../../../renderer/platform/errorLog';

beforeEach(() => {
  clearErrorLog();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('The canvas could not draw');
}

describe('the local error log', () => {
  it('keeps the most recent errors only', () => {
    for (let i = 0; i < ERROR_LOG_SIZE + 5; i += 1)
      logError(`step ${i}`, new Error(`failure ${i}`));
    expect(recentErrors()).toHaveLength(ERROR_LOG_SIZE);
    expect(recentErrors()[0]?.context).toBe('step 5');
    expect(recentErrorsText()).toContain(`failure ${ERROR_LOG_SIZE + 4}`);
  });

  it('records uncaught errors and unhandled rejections of the page', () => {
    const uninstall = installGlobalErrorLogging(window);
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('late failure') }));
    const rejection = new Event('unhandledrejection');
    Object.assign(rejection, { reason: 'backup refused' });
    window.dispatchEvent(rejection);
    uninstall();
    // A bystander listener marks the late error as handled elsewhere, so the test runner does not
    // report it as the test's own uncaught error.
    const bystander = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', bystander);
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('after uninstall') }));
    window.removeEventListener('error', bystander);
    expect(recentErrors().map((entry) => entry.context)).toEqual([
      'Uncaught error',
      'Unhandled promise rejection',
    ]);
    expect(recentErrorsText()).toContain('backup refused');
  });

  it('goes into the details the error boundary copies, after the crash itself', async () => {
    logError('Backing up map m1 failed', new Error('ENOSPC: no space left on device'));
    // After userEvent.setup(), which puts in a clipboard of its own.
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy error details' }));
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toMatch(/^Error: The canvas could not draw/);
    expect(copied).toContain('Earlier errors (kept on this computer only)');
    expect(copied).toContain('ENOSPC: no space left on device');
    expect(await screen.findByRole('button', { name: 'Details copied' })).toBeInTheDocument();
  });
});
