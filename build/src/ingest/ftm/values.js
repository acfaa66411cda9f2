import { CountryCodeResolver } from "graphql-scalars";
function all(props, ...names) {
  const out = [];
  for (const name of names) {
    const v = props[name];
    for (const item of Array.isArray(v) ? v : v === void 0 ? [] : [v]) {
      if (typeof item === "string" && item.trim() !== "") out.push(item.trim());
      else if (typeof item === "object" && item !== null && typeof item.id === "string") out.push(item.id);
    }
  }
  return [...new Set(out)];
}
const first = (props, ...names) => all(props, ...names)[0];
function fullDate(props, ...names) {
  return all(props, ...names).find((v) => /^\d{4}-\d{2}-\d{2}/.test(v))?.slice(0, 10);
}
function dateTime(props, ...names) {
  const v = all(props, ...names).find((x) => /^\d{4}-\d{2}-\d{2}/.test(x));
  if (!v) return void 0;
  if (v.length === 10) return `${v}T00:00:00Z`;
  return /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`;
}
function isCountry(code) {
  try {
    CountryCodeResolver.parseValue(code);
    return true;
  } catch {
    return false;
  }
}
function countries(props, ...names) {
  return [...new Set(all(props, ...names).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c) && isCountry(c)))];
}
function number(props, name) {
  const n = Number(first(props, name));
  return Number.isFinite(n) ? n : void 0;
}
function slug(text) {
  const s = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return s.slice(0, 100) || "unnamed";
}
export {
  all,
  countries,
  dateTime,
  first,
  fullDate,
  number,
  slug
};
