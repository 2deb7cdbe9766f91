// Interface texts in Chinese (default) and English. Document texts are never translated here.
(function () {
  'use strict';
  const TEXTS = {
    zh: {
      'brand': '政策图谱',
      'nav.board': '督办',
      'board.title': '督办台账', 'board.asOf': '截至', 'board.summary': '截至 {date}，共 {n} 项工作',
      'board.byUnit': '按牵头单位', 'board.byLeader': '按分管领导', 'board.byPlan': '按文件',
      'board.allUnits': '全部单位', 'board.allLeaders': '全部分管领导', 'board.allStates': '全部状态', 'board.allPlans': '全部文件',
      'board.noLeader': '未列分管领导', 'board.noUnit': '未列单位', 'board.notInPlan': '未列入计划',
      'board.noReport': '暂无进展报告', 'board.reported': '进展截至 {date}', 'board.history': '另有 {n} 次历史报告',
      'board.deadline': '时限：{date}', 'board.leaders': '分管领导', 'board.xlsx': '导出 XLSX', 'board.rowText': '报告原文 · {report}', 'board.none': '没有符合条件的工作。',
      'state.overdue': '已逾期', 'state.behind': '进度滞后', 'state.due-soon': '30天内到期', 'state.done': '已完成', 'state.open': '推进中',
      'status.done': '已完成', 'status.on-track': '正常推进', 'status.late': '滞后', 'status.seriously-late': '严重滞后',
      'status.not-started': '未启动', 'status.suspended': '暂缓', 'status.null': '未说明',
      'nav.chat': '智能问答', 'nav.departments': '部门', 'nav.documents': '文件', 'nav.deadlines': '时间节点',
      'search.placeholder': '搜索任务、部门、文件',
      'welcome.title': '问政策，查责任，看时间节点',
      'welcome.lead': '基于政府工作方案构建的知识图谱：每个回答都标明出自哪份文件、哪一条。',
      'welcome.try': '可以这样问',
      'chat.placeholder': '输入问题，Enter 发送，Shift+Enter 换行，↑ 调出上一个问题',
      'chat.short': '输入问题，Enter 发送',
      'chat.send': '发送', 'chat.new': '新对话', 'chat.you': '我', 'chat.assistant': '政策图谱',
      'chat.thinking': '正在查询图谱…', 'chat.sources': '出处', 'chat.graph': '关系图',
      'chat.openDoc': '查看原文', 'chat.quote': '原文', 'chat.elapsed': '用时 {ms} 毫秒', 'chat.line': '第 {line} 行',
      'chat.noSuggestions': '图谱中暂无可推荐的问题，直接输入问题即可。',
      'error.empty_question': '请输入问题。', 'error.question_too_long': '问题太长了，请精简后再问。',
      'error.too_many_requests': '请求太频繁，请稍后再试。', 'error.store_unavailable': '图谱数据库暂时不可用，请稍后再试。',
      'error.network': '网络连接中断，请重试。', 'error.generic': '出错了：{message}',
      'export.label': '下载任务分工表', 'dept.title': '部门', 'dept.filter': '筛选部门', 'dept.leads': '牵头 {n} 项', 'dept.supports': '配合 {n} 项',
      'dept.next': '最近节点', 'dept.none': '暂无任务', 'dept.notFound': '没有找到这个部门。',
      'dept.others': '文件中出现的其他单位', 'dept.count': '共 {n} 个部门',
      'doc.filter': '按文号、标题、发文机关筛选', 'doc.count': '共 {n} 份文件', 'doc.number': '文号',
      'role.lead': '牵头', 'role.support': '配合', 'basis.first-listed': '首列责任单位', 'basis.explicit': '明确牵头',
      'task.due': '{date} 前完成', 'task.deadline': '完成时限', 'task.targets': '目标', 'task.leads': '牵头', 'task.supports': '配合',
      'task.others': '其他单位', 'task.undated': '未写明时限',
      'doc.title': '文件', 'doc.tasks': '{n} 项任务', 'doc.targets': '{n} 个目标', 'doc.issuer': '发文机关',
      'doc.issuedOn': '发布日期', 'doc.file': '来源文件', 'doc.outline': '目录与任务', 'doc.cites': '引用文件',
      'doc.stub': '仅被引用', 'doc.notFound': '没有找到这份文件。', 'doc.noNumber': '无文号',
      'deadlines.title': '时间节点', 'deadlines.all': '全部部门', 'deadlines.none': '没有带完成时限的任务。',
      'deadlines.count': '{n} 项',
      'search.title': '搜索：{q}', 'search.none': '没有找到相关内容。',
      'kind.task': '任务', 'kind.document': '文件', 'kind.department': '部门', 'kind.project': '项目',
      'loading': '加载中…', 'back': '返回',
      'graph.Department': '部门', 'graph.Task': '任务', 'graph.Target': '目标', 'graph.Deadline': '时限',
      'graph.Document': '文件', 'graph.Section': '章节', 'graph.Project': '项目',
      'edge.LEADS': '牵头', 'edge.SUPPORTS': '配合', 'edge.PART_OF': '出自', 'edge.SETS': '目标',
      'edge.DUE_BY': '时限', 'edge.MENTIONS': '涉及', 'edge.CITES': '引用', 'edge.SAME_TARGET': '同一目标', 'edge.RESULT': '完成情况'
    },
    en: {
      'brand': 'PolicyGraph',
      'nav.board': 'Progress',
      'board.title': 'Progress board', 'board.asOf': 'As of', 'board.summary': 'As of {date}: {n} tasks',
      'board.byUnit': 'By lead unit', 'board.byLeader': 'By leader', 'board.byPlan': 'By plan',
      'board.allUnits': 'All units', 'board.allLeaders': 'All leaders', 'board.allStates': 'All states', 'board.allPlans': 'All plans',
      'board.noLeader': 'No leader named', 'board.noUnit': 'No unit named', 'board.notInPlan': 'In no plan',
      'board.noReport': 'No progress reported', 'board.reported': 'reported as of {date}', 'board.history': '{n} earlier report(s)',
      'board.deadline': 'due {date}', 'board.leaders': 'Leaders', 'board.xlsx': 'Export XLSX', 'board.rowText': 'Report row · {report}', 'board.none': 'No task matches.',
      'state.overdue': 'Overdue', 'state.behind': 'Behind', 'state.due-soon': 'Due within 30 days', 'state.done': 'Done', 'state.open': 'Open',
      'status.done': 'done', 'status.on-track': 'on track', 'status.late': 'behind schedule', 'status.seriously-late': 'seriously behind',
      'status.not-started': 'not started', 'status.suspended': 'suspended', 'status.null': 'no status stated',
      'nav.chat': 'Ask', 'nav.departments': 'Departments', 'nav.documents': 'Documents', 'nav.deadlines': 'Deadlines',
      'search.placeholder': 'Search tasks, departments, documents',
      'welcome.title': 'Ask about policies, owners and deadlines',
      'welcome.lead': 'A knowledge graph built from government work plans: every answer shows the document and the line it comes from.',
      'welcome.try': 'Try asking',
      'chat.placeholder': 'Ask a question. Enter sends, Shift+Enter adds a line, ↑ recalls the last question',
      'chat.short': 'Ask a question',
      'chat.send': 'Send', 'chat.new': 'New conversation', 'chat.you': 'You', 'chat.assistant': 'PolicyGraph',
      'chat.thinking': 'Querying the graph…', 'chat.sources': 'Sources', 'chat.graph': 'Graph',
      'chat.openDoc': 'Open document', 'chat.quote': 'Quote', 'chat.elapsed': '{ms} ms', 'chat.line': 'line {line}',
      'chat.noSuggestions': 'No suggestions yet: just type a question.',
      'error.empty_question': 'Please type a question.', 'error.question_too_long': 'The question is too long.',
      'error.too_many_requests': 'Too many requests; please wait a moment.',
      'error.store_unavailable': 'The graph store is unavailable; please try again shortly.',
      'error.network': 'The connection was lost; please retry.', 'error.generic': 'Something went wrong: {message}',
      'export.label': 'Download the task table', 'dept.title': 'Departments', 'dept.filter': 'Filter departments', 'dept.leads': 'leads {n}',
      'dept.supports': 'supports {n}', 'dept.next': 'Next deadline', 'dept.none': 'No tasks',
      'dept.notFound': 'No such department.', 'dept.others': 'Other units named in the documents',
      'dept.count': '{n} departments', 'doc.filter': 'Filter by number, title or issuer', 'doc.count': '{n} documents', 'doc.number': 'Number',
      'role.lead': 'Lead', 'role.support': 'Support', 'basis.first-listed': 'first-listed unit', 'basis.explicit': 'named lead',
      'task.due': 'due {date}', 'task.deadline': 'Due', 'task.targets': 'Targets', 'task.leads': 'Lead', 'task.supports': 'Support',
      'task.others': 'Other units', 'task.undated': 'No deadline stated',
      'doc.title': 'Documents', 'doc.tasks': '{n} tasks', 'doc.targets': '{n} targets', 'doc.issuer': 'Issuer',
      'doc.issuedOn': 'Issued', 'doc.file': 'Source file', 'doc.outline': 'Outline and tasks', 'doc.cites': 'Cites',
      'doc.stub': 'cited only', 'doc.notFound': 'No such document.', 'doc.noNumber': 'no number',
      'deadlines.title': 'Deadlines', 'deadlines.all': 'All departments', 'deadlines.none': 'No tasks with a deadline.',
      'deadlines.count': '{n}',
      'search.title': 'Search: {q}', 'search.none': 'Nothing found.',
      'kind.task': 'Task', 'kind.document': 'Document', 'kind.department': 'Department', 'kind.project': 'Project',
      'loading': 'Loading…', 'back': 'Back',
      'graph.Department': 'Department', 'graph.Task': 'Task', 'graph.Target': 'Target', 'graph.Deadline': 'Deadline',
      'graph.Document': 'Document', 'graph.Section': 'Section', 'graph.Project': 'Project',
      'edge.LEADS': 'leads', 'edge.SUPPORTS': 'supports', 'edge.PART_OF': 'in', 'edge.SETS': 'sets',
      'edge.DUE_BY': 'due by', 'edge.MENTIONS': 'mentions', 'edge.CITES': 'cites', 'edge.SAME_TARGET': 'same target', 'edge.RESULT': 'result'
    }
  };

  let lang = localStorage.getItem('pg.lang') === 'en' ? 'en' : 'zh';
  const listeners = [];

  function t(key, vars) {
    let text = (TEXTS[lang] && TEXTS[lang][key]) || TEXTS.zh[key] || key;
    Object.keys(vars || {}).forEach(name => { text = text.split('{' + name + '}').join(String(vars[name])); });
    return text;
  }

  function apply() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
    const narrow = window.innerWidth < 600;
    document.querySelectorAll('[data-i18n-placeholder]').forEach(node => {
      const short = narrow && node.dataset.i18nShort;
      node.placeholder = t(short || node.dataset.i18nPlaceholder);
    });
    document.querySelectorAll('[data-i18n-title]').forEach(node => { node.title = t(node.dataset.i18nTitle); });
    const toggle = document.getElementById('lang-toggle');
    if (toggle) {
      toggle.textContent = lang === 'zh' ? 'EN' : '中文';
    }
  }

  function setLang(next) {
    lang = next === 'en' ? 'en' : 'zh';
    localStorage.setItem('pg.lang', lang);
    apply();
    listeners.forEach(fn => fn(lang));
  }

  window.I18n = {
    t, apply, setLang,
    lang: () => lang,
    onChange: fn => listeners.push(fn)
  };
})();
