/**
 * The emulator's state that must survive a restart (chats, messages, deliveries, per-user Teams app
 * installations), kept in memory and written as one JSON file in dataDir on every change. Plain files, no
 * native addons (they would be built for the wrong Node). dataDir null keeps everything in memory.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Delivery } from './deliveries';

export interface ChatRecord {
  id: string;
  chatType: 'oneOnOne' | 'group';
  topic: string | null;
  createdDateTime: string;
  lastUpdatedDateTime: string;
  /** Entra object ids of the members. */
  memberIds: string[];
}

/** A chatMessage as Graph returns it, without `@odata.context`. */
export type ChatMessageJson = Record<string, unknown> & { id: string; createdDateTime: string };

interface PersistedState {
  version: 1;
  chats: ChatRecord[];
  messages: Record<string, ChatMessageJson[]>;
  deliveries: Delivery[];
  /** userId → installed teamsApp ids, for users whose installations differ from the default. */
  installs: Record<string, string[]>;
}

const FILE_NAME = 'graph-emulator.json';

function emptyState(): PersistedState {
  return { version: 1, chats: [], messages: {}, deliveries: [], installs: {} };
}

export class Store {
  private state: PersistedState;
  private readonly file: string | null;

  constructor(dataDir: string | null) {
    this.file = dataDir === null ? null : join(dataDir, FILE_NAME);
    this.state = emptyState();
    if (this.file !== null) {
      mkdirSync(dataDir as string, { recursive: true });
      if (existsSync(this.file)) this.state = { ...emptyState(), ...(JSON.parse(readFileSync(this.file, 'utf8')) as PersistedState) };
    }
  }

  /** Writes the whole state: to a temporary file first, then rename, so a crash never leaves half a file. */
  private save(): void {
    if (this.file === null) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state, null, 1));
    renameSync(tmp, this.file);
  }

  // ----- chats -----
  chats(): readonly ChatRecord[] {
    return this.state.chats;
  }

  findChat(id: string): ChatRecord | undefined {
    const key = id.toLowerCase();
    return this.state.chats.find((c) => c.id.toLowerCase() === key);
  }

  addChat(chat: ChatRecord): void {
    this.state.chats.push(chat);
    this.state.messages[chat.id] = [];
    this.save();
  }

  messages(chatId: string): readonly ChatMessageJson[] {
    return this.state.messages[chatId] ?? [];
  }

  addMessage(chat: ChatRecord, message: ChatMessageJson, delivery: Delivery): void {
    (this.state.messages[chat.id] ??= []).push(message);
    chat.lastUpdatedDateTime = message.createdDateTime;
    this.state.deliveries.push(delivery);
    this.save();
  }

  // ----- deliveries -----
  deliveries(): readonly Delivery[] {
    return this.state.deliveries;
  }

  addDelivery(delivery: Delivery): void {
    this.state.deliveries.push(delivery);
    this.save();
  }

  /** Puts the delivery in place of the one `replaces` picks (keeping its place in the list), or adds it. */
  replaceDelivery(delivery: Delivery, replaces: (earlier: Delivery) => boolean): void {
    const at = this.state.deliveries.findIndex(replaces);
    if (at < 0) this.state.deliveries.push(delivery);
    else this.state.deliveries[at] = delivery;
    this.save();
  }

  clearDeliveries(): void {
    this.state.deliveries = [];
    this.save();
  }

  // ----- Teams app installations -----
  /** Installed app ids for a user, or undefined when the user still has the default set. */
  installs(userId: string): readonly string[] | undefined {
    return this.state.installs[userId];
  }

  setInstalls(userId: string, appIds: string[]): void {
    this.state.installs[userId] = appIds;
    this.save();
  }

  /** Forgets everything (the `_emulator/reset` endpoint). */
  reset(): void {
    this.state = emptyState();
    this.save();
  }
}
