(html) => {
  const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "lowsrc", "dynsrc", "codebase"]);
  const FORBIDDEN = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "isindex", "keygen"]);
  const SCRIPT_TYPES = new Set(["", "text/javascript", "module", "application/javascript"]);
  const doc = new DOMParser().parseFromString(html, "text/html");
  const where = (el) => (el.parentElement || el).outerHTML.slice(0, 160);
  const found = [];
  for (const el of doc.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\u0000-\u001f]+/g, "").toLowerCase();
      const scheme = URL_ATTRS.has(name) && /^(javascript:|vbscript:|data:text\/html)/.test(value);
      if (name.startsWith("on") || name === "srcdoc" || scheme) found.push(`${tag} ${name}=${attr.value} in ${where(el)}`);
    }
    if (FORBIDDEN.has(tag)) found.push(`<${tag}> in ${where(el)}`);
    if (tag === "meta" && (el.getAttribute("http-equiv") || "").toLowerCase() === "refresh") found.push(`meta refresh in ${where(el)}`);
    if (tag === "script") {
      const type = (el.getAttribute("type") || "").toLowerCase();
      if (SCRIPT_TYPES.has(type) && /alert|msgbox/.test(el.textContent)) found.push(`script with a payload in ${where(el)}`);
      if (type.includes("json")) { try { JSON.parse(el.textContent || "null"); } catch (e) { found.push(`broken JSON in ${where(el)}`); } }
    }
  }
  return found;
}
