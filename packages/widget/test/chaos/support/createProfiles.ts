import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchProfile, type ProfileBrowser } from './launchProfile.ts';

/** The user's browser across trials: one profile folder, relaunched after it quits or dies. */
export interface Profiles {
  /** The running browser, launched on the current profile when none runs. */
  running(): Promise<ProfileBrowser>;
  /** Ends the running browser, if any: `quit` (normal close) or `kill` (SIGKILL, a crash). */
  end(how: 'quit' | 'kill'): Promise<void>;
  /** Ends the running browser and moves to a new, empty profile (a first visit). */
  fresh(): Promise<void>;
  /** Browser launches so far. */
  readonly launches: number;
  /** Ends the browser and deletes every profile folder. */
  stop(): Promise<void>;
}

export async function createProfiles(prefix = 'destek-chaos-profile-'): Promise<Profiles> {
  const folders: string[] = [];
  const newFolder = async () => {
    const folder = await mkdtemp(join(tmpdir(), prefix));
    folders.push(folder);
    return folder;
  };
  let folder = await newFolder();
  let current: ProfileBrowser | null = null;
  let launches = 0;
  const end = async (how: 'quit' | 'kill') => {
    const browser = current;
    current = null;
    if (browser) await (how === 'kill' ? browser.kill() : browser.quit());
  };
  return {
    async running() {
      if (!current) {
        current = await launchProfile(folder);
        launches += 1;
      }
      return current;
    },
    end,
    async fresh() {
      await end('quit');
      folder = await newFolder();
    },
    get launches() {
      return launches;
    },
    async stop() {
      await end('kill');
      for (const each of folders) await rm(each, { recursive: true, force: true });
    },
  };
}
