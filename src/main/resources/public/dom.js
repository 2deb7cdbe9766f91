// Builds DOM nodes. Every string becomes a text node: document and user text is never parsed as HTML.
(function () {
  'use strict';
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'class') {
        node.className = value;
      } else if (name.startsWith('on') && typeof value === 'function') {
        node.addEventListener(name.slice(2), value);
      } else if (name === 'dataset') {
        Object.assign(node.dataset, value);
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    });
    append(node, children);
    return node;
  }

  function append(node, children) {
    children.flat(Infinity).forEach(child => {
      if (child === null || child === undefined || child === false) {
        return;
      }
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { 'Accept': 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((body && body.error && body.error.message) || response.statusText);
      error.code = body && body.error && body.error.code;
      error.status = response.status;
      throw error;
    }
    return body;
  }

  window.Dom = { el, append, clear, getJson };
})();
