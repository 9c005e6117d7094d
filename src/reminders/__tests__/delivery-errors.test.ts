/**
 * What a failed Graph call means for a reminder (errors.ts), on Graph's recorded answers (graph-wire §4, §7): a
 * 403 for a missing permission is a configuration problem naming the permission, never a reason to mail the person
 * instead; a 403 or 404 about the person is; a call that delivers and got no answer, or a gateway timeout, is in
 * doubt; the call before it (creating the chat) is not.
 */
import { classifyFailure, GraphCallError, isMissingPermission, permissionNamed } from '../delivery/errors';

/** A GraphError as the Graph client throws it. */
const graphError = (statusCode: number, code: string | null, message: string): Error & { statusCode: number; code: string | null } =>
  Object.assign(new Error(message), { statusCode, code });

const missingScope = graphError(403, 'Forbidden',
  "Missing scope permissions on the request. API requires one of 'Chat.ReadBasic, Chat.Read, Chat.ReadWrite'. Scopes on the request 'User.Read'");
const missingRole = graphError(403, 'Forbidden', "Missing role permissions on the request. API requires one of 'TeamsActivity.Send'. Roles on the request ''.");
const directory = graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
const exchange = graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
const notInTeams = graphError(403, 'Forbidden', "Teams is not available for user 'x': the user is not enabled for Microsoft Teams.");
const appNotInstalled = graphError(403, 'Forbidden', "The Teams app 'y' is not installed for the recipient 'x'.");

describe('classifying Graph failures', () => {
  it('reads a missing permission from Graph’s and Exchange’s answers, and the person’s problems as such', () => {
    for (const error of [missingScope, missingRole, directory, exchange]) {
      expect(isMissingPermission(error.statusCode, error.code ?? '', error.message)).toBe(true);
    }
    for (const error of [notInTeams, appNotInstalled]) expect(isMissingPermission(403, 'Forbidden', error.message)).toBe(false);
    expect(isMissingPermission(401, 'InvalidAuthenticationToken', 'Insufficient privileges')).toBe(false);
  });

  it('names the permission the channel says its call needs, else the first one Graph lists', () => {
    expect(classifyFailure(new GraphCallError(missingScope, 'ChatMessage.Read', false))).toMatchObject({ missingPermission: 'ChatMessage.Read', teamsUnreachable: false, permanent: false });
    expect(classifyFailure(missingScope).missingPermission).toBe('Chat.ReadBasic');
    expect(permissionNamed(missingRole.message)).toBe('TeamsActivity.Send');
    expect(classifyFailure(directory).missingPermission).toBe('unknown');
  });

  it('falls back to e-mail only when Teams refused the person', () => {
    expect(classifyFailure(new GraphCallError(notInTeams, 'ChatMessage.Send', true))).toMatchObject({ teamsUnreachable: true, missingPermission: null, permanent: true });
    expect(classifyFailure(new GraphCallError(graphError(404, 'Request_ResourceNotFound', 'Resource does not exist.'), 'Chat.Create', false)).teamsUnreachable).toBe(true);
    expect(classifyFailure(new GraphCallError(missingRole, 'TeamsActivity.Send', true)).teamsUnreachable).toBe(false);
  });

  it('holds a delivering call without an answer, or with a gateway timeout, in doubt; nothing else', () => {
    const noAnswer = graphError(-1, 'TypeError', 'fetch failed');
    expect(classifyFailure(new GraphCallError(noAnswer, 'ChatMessage.Send', true))).toMatchObject({ inDoubt: true, status: -1, text: 'fetch failed' });
    expect(classifyFailure(new GraphCallError(graphError(504, 'gatewayTimeout', 'late'), 'Mail.Send', true)).inDoubt).toBe(true);
    expect(classifyFailure(new GraphCallError(noAnswer, 'Chat.Create', false)).inDoubt).toBe(false);
    expect(classifyFailure(new GraphCallError(graphError(429, 'TooManyRequests', 'Graph was still busy'), 'ChatMessage.Send', true))).toMatchObject({ inDoubt: false, permanent: false });
  });

  it('says what failed in one line', () => {
    expect(classifyFailure(new GraphCallError(exchange, 'Mail.Send', true)).text).toBe('403 ErrorAccessDenied: Access is denied. Check credentials and try again.');
    expect(classifyFailure(new Error('The chat client is signed in as someone else')).text).toBe('The chat client is signed in as someone else');
  });
});
