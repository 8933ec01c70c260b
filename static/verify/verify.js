// Verify's client code: progressive enhancement only, every action also works without it.
// Kept in one module so the Content Security Policy can forbid inline scripts.
//   Queue:   j / k move between rows, Enter opens, x selects, n takes the next item.
//   Anywhere: ? shows the shortcuts, / focuses search, Esc leaves a field.
//   Article: selecting text fills the "create item" / "adjust span" form with
//            code-point offsets (the server's unit; the browser counts UTF-16 units).

const typing = (el) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

function rows() {
  return Array.from(document.querySelectorAll("[data-queue] [data-row]"));
}

function currentRow() {
  return document.querySelector("[data-queue] [data-row].current");
}

function moveTo(row) {
  if (!row) return;
  currentRow()?.classList.remove("current");
  row.classList.add("current");
  row.querySelector("[data-open]")?.focus();
  row.scrollIntoView({ block: "nearest" });
}

function step(delta) {
  const all = rows();
  if (!all.length) return;
  const index = all.indexOf(currentRow());
  const next = index < 0 ? 0 : Math.min(all.length - 1, Math.max(0, index + delta));
  moveTo(all[next]);
}

function toggleSelect() {
  const box = currentRow()?.querySelector("[data-select]");
  if (box) box.checked = !box.checked;
}

function openCurrent() {
  const link = currentRow()?.querySelector("[data-open]");
  if (link) window.location.href = link.href;
}

function showShortcuts() {
  const dialog = document.getElementById("shortcuts");
  if (dialog && !dialog.open) dialog.showModal();
}

const keys = {
  j: () => step(1),
  k: () => step(-1),
  x: toggleSelect,
  n: () => document.getElementById("next-item")?.requestSubmit(),
  "?": showShortcuts,
  "/": () => document.querySelector("[data-search]")?.focus(),
  Enter: openCurrent,
};

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && typing(event.target)) {
    event.target.blur();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
  // On a focused link or button, Enter keeps its native meaning.
  if (event.key === "Enter" && event.target.closest?.("a, button, summary")) return;
  const action = keys[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});

// Clicking a row (not its controls) makes it current, so j/k continue from there.
document.addEventListener("click", (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  if (target.closest("[data-shortcuts-open]")) showShortcuts();
  const row = target.closest("[data-queue] [data-row]");
  if (row) {
    currentRow()?.classList.remove("current");
    row.classList.add("current");
  }
  const mark = target.closest("[data-article-body] mark[data-items]");
  const body = mark?.closest("[data-article-body]");
  if (mark && body && !String(window.getSelection() || "")) {
    const id = mark.dataset.items.split(" ")[0];
    window.location.href = body.dataset.claimUrl.replace(/0\/$/, `${id}/`);
  }
});

// htmx swaps the queue's results and pushes the new URL: keep the forms that
// carry "the current filters" (next item, bulk, save view) in step with it.
document.addEventListener("htmx:pushedIntoHistory", () => {
  const params = new URLSearchParams(window.location.search);
  params.delete("after");
  for (const input of document.querySelectorAll("[data-current-query]")) {
    input.value = params.toString();
  }
});

// --- selecting text in the article view ------------------------------------

const codePoints = (text) => Array.from(text).length;

function offsetWithin(body, node, offset) {
  const range = document.createRange();
  range.setStart(body, 0);
  range.setEnd(node, offset);
  return codePoints(range.toString());
}

function onSelection() {
  const form = document.querySelector("[data-selection-form]");
  const body = document.querySelector("[data-article-body]");
  const selection = window.getSelection();
  if (!form || !body || !selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  if (range.collapsed || !body.contains(range.commonAncestorContainer)) return;
  const base = Number(body.dataset.offset || 0);
  let start = base + offsetWithin(body, range.startContainer, range.startOffset);
  let end = base + offsetWithin(body, range.endContainer, range.endOffset);
  // An editor's selection often catches a space at either end: items never start or end with one.
  const text = range.toString();
  start += codePoints(text) - codePoints(text.trimStart());
  end -= codePoints(text) - codePoints(text.trimEnd());
  if (end <= start) return;
  form.querySelector("[data-selection-start]").value = String(start);
  form.querySelector("[data-selection-end]").value = String(end);
  form.querySelector("[data-selection-text]").textContent = text.trim();
  form.querySelector("[data-selection-submit]").disabled = false;
}

document.addEventListener("mouseup", onSelection);
document.addEventListener("keyup", (event) => {
  if (event.shiftKey) onSelection();
});
