/** The web itself (`GET web`) and `POST contextinfo` (form digest; README §3). */
import { randomBytes } from 'node:crypto';
import { Ctx, json, metadataUrl } from '../context';
import { EntityMeta, shapeEntity } from '../odata/format';
import { stableGuid } from '../store/naming';
import { EmuResponse } from '../types';
import { selectProps } from './collection';

export function getWeb(ctx: Ctx): EmuResponse {
  const title = ctx.sitePath.split('/').filter((s) => s !== '').pop() ?? 'Site';
  const meta: EntityMeta = { type: 'SP.Web', id: `${ctx.webUrl}/_api/Web`, uri: `${ctx.webUrl}/_api/Web`, editLink: 'Web' };
  const props = selectProps(
    {
      AllowRssFeeds: true,
      Configuration: 0,
      Created: '2025-01-01T00:00:00Z',
      Description: '',
      Id: stableGuid(`web:${ctx.sitePath}`),
      Language: 1053,
      LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ServerRelativeUrl: ctx.sitePath,
      Title: title.charAt(0).toUpperCase() + title.slice(1),
      Url: ctx.webUrl,
      WebTemplate: 'STS',
    },
    ctx.query.select,
  );
  return json(ctx, 200, shapeEntity(meta, props, ctx.level, metadataUrl(ctx, 'SP.Web')));
}

/** How long a digest is good for, as SharePoint Online says in contextinfo. */
export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

/** A form digest as SharePoint writes it: random bytes and the time it was issued. The emulator checks only that one is sent. */
export function newFormDigest(): string {
  return `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date().toUTCString().replace('GMT', '-0000')}`;
}

export function contextInfo(ctx: Ctx): EmuResponse {
  const digest = newFormDigest();
  const props = {
    FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: digest,
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: ctx.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.webUrl,
  };
  if (ctx.level === 'verbose') {
    return json(ctx, 200, {
      d: {
        GetContextWebInformation: {
          __metadata: { type: 'SP.ContextWebInformation' },
          ...props,
          SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: props.SupportedSchemaVersions },
        },
      },
    });
  }
  if (ctx.level === 'none') return json(ctx, 200, props);
  return json(ctx, 200, { 'odata.metadata': metadataUrl(ctx, 'SP.ContextWebInformation'), ...props });
}
