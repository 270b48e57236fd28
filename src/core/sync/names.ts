// Document names on the server: one document per page and one for the project's own list
// of pages and assignments, all under the project's id (which tokens are checked against).

const PAGE = '/page/';
const PROJECT = '/project';

export function pageDocName(projectId: string, pageId: string): string {
  return `${projectId}${PAGE}${pageId}`;
}

export function projectDocName(projectId: string): string {
  return `${projectId}${PROJECT}`;
}

/** Project ids are plain words, so no id can hide a `/page/` of its own. */
export function isProjectId(id: string): boolean {
  return /^[\w-]{1,64}$/.test(id);
}

/** The project a document belongs to and what it is, or null for a name Galley never makes. */
export function parseDocName(
  name: string,
): { projectId: string; kind: 'project' } | { projectId: string; kind: 'page'; pageId: string } | null {
  const page = name.indexOf(PAGE);
  if (page > 0) {
    const pageId = name.slice(page + PAGE.length);
    const projectId = name.slice(0, page);
    return pageId && isProjectId(projectId) ? { projectId, kind: 'page', pageId } : null;
  }
  const projectId = name.slice(0, -PROJECT.length);
  return name.endsWith(PROJECT) && isProjectId(projectId) ? { projectId, kind: 'project' } : null;
}
