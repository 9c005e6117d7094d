/**
 * Every Teams app manifest in teams/ validates against Microsoft's official schema for its
 * manifestVersion (shipped offline in @microsoft/app-manifest), and the pieces that tie the apps to
 * the SPFx package agree: the personal app opens the "Mina uppföljningar" web part, the notifier
 * declares the activity types the reminder service sends, and the icons exist at the sizes Teams wants.
 */
import { ManifestUtil } from '@microsoft/app-manifest';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const teamsDir = join(root, 'teams');
const apps = readdirSync(teamsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

interface Manifest {
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  staticTabs?: Array<{ contentUrl: string }>;
  activities?: { activityTypes: Array<{ type: string; templateText: string }> };
  webApplicationInfo?: { id: string };
  localizationInfo?: { defaultLanguageTag: string; additionalLanguages?: Array<{ languageTag: string; file: string }> };
}

function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('Teams app manifests', () => {
  it('has the two apps', () => {
    expect(apps.sort()).toEqual(['my-follow-ups', 'notifier']);
  });

  for (const app of apps) {
    it(`${app} validates against the official schema of its manifestVersion`, async () => {
      const manifest = readJson<Manifest>(join(teamsDir, app, 'manifest.json'));
      const schemaPath = join(root, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams',
        `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
      expect(existsSync(schemaPath)).toBe(true);
      const errors = await ManifestUtil.validateManifestAgainstSchema(manifest as never, readJson(schemaPath));
      expect(errors).toEqual([]);
      expect(pngSize(join(teamsDir, app, manifest.icons.color))).toEqual([192, 192]);
      expect(pngSize(join(teamsDir, app, manifest.icons.outline))).toEqual([32, 32]);
      for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
        expect(existsSync(join(teamsDir, app, language.file))).toBe(true);
      }
    });
  }

  it('opens the "Mina uppföljningar" web part from the personal app', () => {
    const manifest = readJson<Manifest>(join(teamsDir, 'my-follow-ups', 'manifest.json'));
    const webPart = readJson<{ id: string; supportedHosts: string[] }>(join(root, 'src', 'webparts', 'myFollowUps', 'MyFollowUpsWebPart.manifest.json'));
    expect(manifest.id).toBe(webPart.id);
    expect(manifest.staticTabs?.[0].contentUrl).toContain(`componentId=${webPart.id}`);
    expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['TeamsPersonalApp', 'TeamsTab']));
  });

  it('declares the activity types the reminders and the publication notices send', () => {
    const manifest = readJson<Manifest>(join(teamsDir, 'notifier', 'manifest.json'));
    expect(manifest.activities?.activityTypes.map((a) => a.type).sort()).toEqual(['papersPublished', 'statusOverdue', 'statusReminder', 'statusRequest']);
    expect(manifest.webApplicationInfo?.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
