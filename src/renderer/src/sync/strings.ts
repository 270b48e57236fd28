// UI strings of team sync, in English and 简体中文. i18n/en.ts and i18n/zh.ts spread these in.

import type { Translation } from '../common/translation';

export const teamEn = {
  team: {
    button: 'Team',
    title: 'Work as a team',
    intro:
      'Share this project through a Galley server: every page is uploaded once, then edits flow both ways while the server is reachable. Offline work is kept and sent later.',
    url: 'Server address',
    project: 'Server project',
    token: 'Membership token',
    share: 'Share and sync',
    leave: 'Stop syncing (keep a local copy)',
    close: 'Close',
    status: {
      idle: 'Not shared',
      connecting: 'Connecting…',
      connected: 'Connected',
      offline: 'Offline: edits are kept and sent when the server is back',
      refused: 'The server refused the token (wrong project, expired or not valid)',
    },
    badUrl: 'The server address must start with ws:// or wss://.',
    badProject: 'The project id is letters, digits, - and _ only.',
    noToken: 'Paste the token the project owner gave you.',
    conflicts: 'Conflicts to resolve',
    noConflicts: 'No conflicts.',
    deletedEdited: '{{page}}: “{{title}}” was deleted here while someone else changed it.',
    keep: 'Keep it',
    delete: 'Delete it',
    openBy: 'Also open by {{names}}',
    assignedTo: 'Assigned to {{name}}',
    assignTo: 'Assign to (member name; empty: nobody)',
    assign: 'Assign',
  },
};

export const teamZh: Translation<typeof teamEn> = {
  team: {
    button: '协作',
    title: '团队协作',
    intro:
      '通过 Galley 服务器共享本项目：每页上传一次，服务器可达时双向同步编辑。离线所做的修改会保存，稍后再发送。',
    url: '服务器地址',
    project: '服务器项目',
    token: '成员令牌',
    share: '共享并同步',
    leave: '停止同步（保留本地副本）',
    close: '关闭',
    status: {
      idle: '未共享',
      connecting: '正在连接…',
      connected: '已连接',
      offline: '离线：修改已保存，服务器恢复后发送',
      refused: '服务器拒绝了令牌（项目不符、已过期或无效）',
    },
    badUrl: '服务器地址须以 ws:// 或 wss:// 开头。',
    badProject: '项目标识只能包含字母、数字、- 和 _。',
    noToken: '请粘贴项目负责人提供的令牌。',
    conflicts: '待解决的冲突',
    noConflicts: '没有冲突。',
    deletedEdited: '{{page}}：“{{title}}”在此处被删除，而他人同时修改了它。',
    keep: '保留',
    delete: '删除',
    openBy: '{{names}} 也打开了此页',
    assignedTo: '已分配给 {{name}}',
    assignTo: '分配给（成员名；留空则取消分配）',
    assign: '分配',
  },
};
