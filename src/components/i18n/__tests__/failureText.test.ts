/** A refused or failed request is explained in words, never as SharePoint's raw answer. */
import { ConcurrencyError } from '../../../data/errors';
import { failureKind, failureText } from '../failureText';

/** What PnPjs throws for a refused request: its message carries SharePoint's JSON. */
const httpError = (status: number, body: string): Error & { status: number } =>
  Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> ${body}`), { status });

describe('failureText', () => {
  it('a refused write gives a clear message, never a stack trace', () => {
    const refused = httpError(403, '{"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied."}}}');
    const text = failureText(refused, 'sv-SE');
    expect(text).toBe('Du har inte behörighet att göra det här. Be en samordnare om hjälp om du behöver det.');
    expect(text).not.toMatch(/odata|HttpClient|Exception|\{/);
    expect(failureText(refused, 'en-US')).toMatch(/^You do not have permission/);
  });

  it('tells throttling, conflicts, missing items and the network apart', () => {
    expect(failureKind(httpError(429, 'TOO MANY REQUESTS'))).toBe('busy');
    expect(failureKind(httpError(503, 'Server Too Busy'))).toBe('busy');
    expect(failureKind(httpError(412, '{}'))).toBe('conflict');
    expect(failureKind(new ConcurrencyError('IkItems', 3))).toBe('conflict');
    expect(failureKind(httpError(404, '{}'))).toBe('notFound');
    expect(failureKind(new TypeError('Failed to fetch'))).toBe('offline');
    expect(failureKind(httpError(500, '{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException"}}'))).toBe('tooLarge');
  });

  it('keeps the product\'s own messages for people, and hides any raw answer or overlong text', () => {
    expect(failureText(new Error('Rad 4: ange ett datum.'))).toBe('Rad 4: ange ett datum.');
    expect(failureText(httpError(500, '{"odata.error":{}}'))).toMatch(/^Ett oväntat fel/);
    expect(failureText(new Error('Error making HttpClient request in queryable'))).toMatch(/^Ett oväntat fel/);
    expect(failureText(new Error('x'.repeat(1000))).length).toBe(300);
    expect(failureText('a string')).toMatch(/^Ett oväntat fel/);
  });
});
