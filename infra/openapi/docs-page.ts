import escapeHtml from 'escape-html';
import type { openApiDocument } from './document';

type Document = ReturnType<typeof openApiDocument>;
type Operation = {
  summary?: string;
  description?: string;
  parameters?: { in: string; name: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
  'x-roles'?: string[];
};

const e = (text: unknown) => escapeHtml(String(text ?? ''));
const json = (value: unknown) =>
  `<details><summary>schema</summary><pre>${e(JSON.stringify(value, null, 2))}</pre></details>`;

/** A readable, self-contained API reference (no scripts, works offline), generated from the document. */
export function docsPage(document: Document): string {
  const sections = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => {
      const parameters = (operation.parameters ?? [])
        .map(
          (p) =>
            `<tr><td>${e(p.in)}</td><td><code>${e(p.name)}</code></td><td>${p.required ? 'yes' : ''}</td><td>${e(p.description)}</td></tr>`,
        )
        .join('');
      const body = operation.requestBody?.content?.['application/json']?.schema;
      const responses = Object.entries(operation.responses ?? {})
        .map(([status, response]) => `<li><b>${e(status)}</b> ${e(response.description)}</li>`)
        .join('');
      return `<section id="${e(`${method}-${path}`)}">
<h2><span class="method ${e(method)}">${e(method.toUpperCase())}</span> <code>${e(path)}</code></h2>
<p><b>${e(operation.summary)}</b> — ${e(operation.description)}</p>
<p>Roles: ${(operation['x-roles'] ?? []).map((role) => `<span class="role">${e(role)}</span>`).join(' ')}</p>
${parameters ? `<table><tr><th>in</th><th>name</th><th>required</th><th>description</th></tr>${parameters}</table>` : ''}
${body ? `<h3>Request body</h3>${json(body)}` : ''}
<h3>Responses</h3><ul>${responses}</ul>
</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${e(document.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}.method{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;font-size:.8em;padding:2px 6px}
.get{background:#2b7a0b}.post{background:#1565c0}.patch{background:#8e24aa}.put{background:#ef6c00}.delete{background:#c62828}
.role{background:#eee;border-radius:3px;padding:1px 6px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:24rem}</style>
</head><body><h1>${e(document.info.title)}</h1><p>${e(document.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${e(document.openapi)})</p>
${sections.join('\n')}</body></html>`;
}
