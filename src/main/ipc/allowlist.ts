import path from 'node:path';

export interface PickedSource {
  path: string;
  name: string;
  relativePath: string;
}

/**
 * The files and folders the user picked in a dialog during this session. The renderer
 * only ever holds opaque tokens; the main process reads or writes nothing else.
 */
export class PickedPaths {
  private readonly files = new Map<string, PickedSource>();
  private readonly exportFolders = new Map<string, string>();
  /** Export folder tokens the user said yes to in the native "beside raw pages" dialog. */
  private readonly confirmedFolders = new Set<string>();
  /** Folders that directly hold opened files. */
  private readonly sourceFolders = new Set<string>();
  /** Folders opened whole: everything inside them is source material. */
  private readonly sourceTrees = new Set<string>();
  private readonly sourceFiles = new Set<string>();

  constructor(private readonly newToken: () => string) {}

  addSourceFile(absolutePath: string, relativePath: string): string {
    const token = this.newToken();
    const resolved = path.resolve(absolutePath);
    this.files.set(token, { path: resolved, name: path.basename(resolved), relativePath });
    this.sourceFiles.add(resolved);
    this.sourceFolders.add(path.dirname(resolved));
    return token;
  }

  addSourceTree(absolutePath: string): void {
    this.sourceTrees.add(path.resolve(absolutePath));
  }

  sourceFile(token: string): PickedSource | undefined {
    return this.files.get(token);
  }

  addExportFolder(absolutePath: string): string {
    const token = this.newToken();
    this.exportFolders.set(token, path.resolve(absolutePath));
    return token;
  }

  exportFolder(token: string): string | undefined {
    return this.exportFolders.get(token);
  }

  /** Records the dialog's answer for an export folder token; only the main process calls this. */
  setConfirmed(token: string, confirmed: boolean): void {
    if (confirmed && this.exportFolders.has(token)) this.confirmedFolders.add(token);
    else this.confirmedFolders.delete(token);
  }

  /** Whether the user confirmed writing beside raw pages into this export folder. */
  isConfirmed(token: string): boolean {
    return this.confirmedFolders.has(token);
  }

  isSourceFile(absolutePath: string): boolean {
    return this.sourceFiles.has(path.resolve(absolutePath));
  }

  /** Whether `folder` holds opened files, or is or lies inside an opened folder. */
  isSourceFolder(folder: string): boolean {
    const resolved = path.resolve(folder);
    if (this.sourceFolders.has(resolved)) return true;
    for (const tree of this.sourceTrees) {
      if (resolved === tree || resolved.startsWith(tree.endsWith(path.sep) ? tree : tree + path.sep))
        return true;
    }
    return false;
  }
}
