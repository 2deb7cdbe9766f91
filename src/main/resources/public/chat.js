// The chat view and the page router. Answers stream from POST /api/chat/stream as server-sent events, a line each.
(function () {
  'use strict';
  const { el, clear } = Dom;
  const t = (key, vars) => I18n.t(key, vars);
  const state = { conversationId: null, lastQuestion: '', busy: false, suggestions: [] };
  const $ = id => document.getElementById(id);

  // ---- suggestions (built by the server from the graph) ----
  async function loadSuggestions() {
    try {
      state.suggestions = await Dom.getJson('api/suggestions');
    } catch (e) {
      state.suggestions = [];
    }
    renderSuggestions();
  }

  function renderSuggestions() {
    const box = clear($('suggestions'));
    if (state.suggestions.length === 0) {
      box.appendChild(el('p', { class: 'muted' }, t('chat.noSuggestions')));
      return;
    }
    state.suggestions.forEach(s => {
      const text = I18n.lang() === 'en' ? s.en : s.zh;
      box.appendChild(el('button', { type: 'button', class: 'suggestion', dataset: { kind: s.kind },
        onclick: () => ask(text) }, text));
    });
  }

  // ---- messages ----
  function addUserMessage(question) {
    $('welcome').hidden = true;
    const message = el('article', { class: 'message user' }, el('div', { class: 'bubble' }, question));
    $('conversation').appendChild(message);
    return message;
  }

  function addAssistantMessage() {
    const text = el('div', { class: 'answer-text streaming' });
    const status = el('div', { class: 'status' }, el('span', { class: 'spinner' }), t('chat.thinking'));
    const bubble = el('div', { class: 'bubble' }, status, text);
    const message = el('article', { class: 'message assistant' },
      el('div', { class: 'avatar', 'aria-hidden': 'true' }, '图'), bubble);
    $('conversation').appendChild(message);
    scrollDown();
    return { message, bubble, text, status };
  }

  function scrollDown() {
    const box = $('conversation');
    box.scrollTop = box.scrollHeight;
  }

  function citationItem(c) {
    const href = c.docNo ? '#/documents/' + encodeURIComponent(c.docNo) + (c.line ? '?line=' + c.line : '')
      : '#/search?q=' + encodeURIComponent(c.title || c.quote || '');
    return el('li', { class: 'citation' },
      el('details', {},
        el('summary', {},
          el('span', { class: 'doc-no' }, c.docNo || t('doc.noNumber')),
          el('span', { class: 'doc-title' }, c.title || '')),
        el('div', { class: 'citation-body' },
          c.section ? el('div', { class: 'citation-section' }, c.section) : null,
          el('blockquote', {}, c.quote || ''),
          el('div', { class: 'citation-foot' },
            el('span', { class: 'muted' }, [c.sourceFile, c.line ? t('chat.line', { line: c.line }) : null]
              .filter(Boolean).join(' · ')),
            el('a', { href, class: 'open-doc' }, t('chat.openDoc') + ' →')))));
  }

  // Department names in an answer become links to their pages; the text stays text nodes.
  let departmentPattern = null;
  async function loadDepartmentNames() {
    try {
      const names = (await Dom.getJson('api/departments')).filter(d => d.inDictionary).map(d => d.name)
        .filter(name => name.length >= 3).sort((a, b) => b.length - a.length);
      const escaped = names.map(name => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      departmentPattern = escaped.length ? new RegExp('(' + escaped.join('|') + ')', 'g') : null;
    } catch (e) {
      departmentPattern = null;
    }
  }

  function linkDepartments(node, text) {
    clear(node);
    if (!departmentPattern) {
      node.textContent = text;
      return;
    }
    text.split(departmentPattern).forEach((part, i) => {
      node.appendChild(i % 2 === 1
        ? el('a', { class: 'dept-link', href: '#/departments/' + encodeURIComponent(part) }, part)
        : document.createTextNode(part));
    });
  }

  function finish(view, done) {
    view.text.classList.remove('streaming');
    linkDepartments(view.text, done.answer || view.text.textContent);
    const citations = done.citations || [];
    if (citations.length) {
      view.bubble.appendChild(el('section', { class: 'sources' },
        el('h3', {}, t('chat.sources') + ' · ' + citations.length),
        el('ol', { class: 'citations' }, citations.map(citationItem))));
    }
    const graph = done.graph || { nodes: [], edges: [] };
    if (graph.nodes && graph.nodes.length) {
      const canvas = el('div', { class: 'graph-canvas', style: 'height:' + AnswerGraph.height(graph) + 'px' });
      const detail = el('div', { class: 'graph-detail muted' });
      view.bubble.appendChild(el('section', { class: 'graph' },
        el('h3', {}, t('chat.graph')), AnswerGraph.legend(graph), canvas, detail));
      requestAnimationFrame(() => AnswerGraph.draw(canvas, graph, node => {
        detail.textContent = t('graph.' + node.kind) + '：' + node.full;
      }));
    }
    if (done.elapsedMs !== undefined) {
      view.bubble.appendChild(el('div', { class: 'elapsed muted' }, t('chat.elapsed', { ms: done.elapsedMs })));
    }
    // Sources and graph arrive below the text just read: keep the reader where the text is, not at the bottom.
    view.text.scrollIntoView({ block: 'nearest' });
  }

  function fail(view, code, message) {
    view.status.remove();
    view.text.classList.remove('streaming');
    view.bubble.classList.add('error');
    const key = 'error.' + code;
    view.text.textContent = t(key) !== key ? t(key) : t('error.generic', { message: message || code });
  }

  // ---- streaming ----
  async function ask(raw) {
    const question = (raw || '').trim();
    if (!question || state.busy) {
      return;
    }
    state.busy = true;
    state.lastQuestion = question;
    $('send').disabled = true;
    addUserMessage(question);
    const view = addAssistantMessage();
    try {
      const response = await fetch('api/chat/stream', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
        body: JSON.stringify({ question, conversationId: state.conversationId })
      });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        fail(view, (body.error && body.error.code) || 'http_' + response.status, body.error && body.error.message);
        return;
      }
      await readEvents(response, view);
    } catch (e) {
      fail(view, 'network');
    } finally {
      state.busy = false;
      $('send').disabled = false;
      $('question').focus();
    }
  }

  async function readEvents(response, view) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder('utf-8');
    let buffer = '';
    let finished = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        finished = onEvent(parseFrame(buffer.slice(0, cut)), view) || finished;
        buffer = buffer.slice(cut + 2);
      }
    }
    if (!finished) {
      fail(view, 'network');
    }
  }

  function parseFrame(frame) {
    let event = 'message';
    const data = [];
    frame.split('\n').forEach(line => {
      if (line.startsWith('event:')) {
        event = line.slice(6).trim();
      } else if (line.startsWith('data:')) {
        data.push(line.slice(5).replace(/^ /, ''));
      }
    });
    return { event, data: data.length ? JSON.parse(data.join('\n')) : null };
  }

  function onEvent({ event, data }, view) {
    if (event === 'meta') {
      state.conversationId = data.conversationId && data.conversationId !== 'null' ? data.conversationId : null;
    } else if (event === 'delta') {
      // each delta is one whole line of the answer, sent as soon as the server has composed it
      view.status.remove();
      view.text.appendChild(document.createTextNode((view.text.hasChildNodes() ? '\n' : '') + data.text));
      scrollDown();
    } else if (event === 'done') {
      view.status.remove();
      state.conversationId = data.conversationId || state.conversationId;
      finish(view, data);
      return true;
    } else if (event === 'error') {
      fail(view, data.error && data.error.code, data.error && data.error.message);
      return true;
    }
    return false;
  }

  // ---- composer ----
  function setUpComposer() {
    const input = $('question');
    const grow = () => {
      input.style.height = 'auto';
      input.style.height = Math.min(input.scrollHeight + 2, 160) + 'px';
      input.style.overflowY = input.scrollHeight > 160 ? 'auto' : 'hidden';
    };
    input.addEventListener('input', grow);
    input.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        send();
      } else if (event.key === 'ArrowUp' && input.value === '' && state.lastQuestion) {
        event.preventDefault();
        input.value = state.lastQuestion;
        grow();
      }
    });
    $('composer').addEventListener('submit', event => { event.preventDefault(); send(); });
    $('new-chat').addEventListener('click', () => {
      state.conversationId = null;
      document.querySelectorAll('#conversation .message').forEach(node => node.remove());
      $('welcome').hidden = false;
      input.focus();
    });
    function send() {
      const value = input.value;
      if (value.trim() && !state.busy) {
        input.value = '';
        grow();
        ask(value);
      }
    }
  }

  // ---- router ----
  function route() {
    const hash = location.hash.replace(/^#\/?/, '');
    const [pathPart, queryPart] = hash.split('?');
    const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
    const query = new URLSearchParams(queryPart || '');
    const name = parts[0] || 'chat';
    document.querySelectorAll('.tabs a').forEach(a => a.classList.toggle('active', a.dataset.route === name));
    const chat = name === 'chat';
    $('view-chat').hidden = !chat;
    $('view-page').hidden = chat;
    if (chat) {
      $('question').focus();
    } else {
      Explorer.show($('view-page'), name, parts.slice(1), query);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    I18n.apply();
    setUpComposer();
    $('lang-toggle').addEventListener('click', () => I18n.setLang(I18n.lang() === 'zh' ? 'en' : 'zh'));
    $('search-form').addEventListener('submit', event => {
      event.preventDefault();
      const q = $('search-input').value.trim();
      if (q) {
        location.hash = '#/search?q=' + encodeURIComponent(q);
      }
    });
    I18n.onChange(() => { renderSuggestions(); if (!$('view-page').hidden) { route(); } });
    window.addEventListener('hashchange', route);
    loadSuggestions();
    loadDepartmentNames();
    route();
  });
})();
