import { nameTokens } from "./normalise.js";
const NAME_KEYS_VERSION = 2;
const MAX_NAME_VARIANTS = 8;
const MAX_KEY_WORDS = 5;
const NO_YEAR = "0000";
function encodeVariant(tokens) {
  return tokens.map((t) => `${t.skeleton}/${t.particle ? "_" : t.code}`).join(" ");
}
function birthYear(birthDate) {
  const m = /^(\d{4})-\d{2}-\d{2}/.exec(birthDate ?? "");
  return m ? m[1] : null;
}
function nameVariants(name, aliases = []) {
  return [name, ...aliases ?? []].slice(0, MAX_NAME_VARIANTS).map(nameTokens).filter((t) => t.length > 0);
}
function codeSets(tokens) {
  const codes = [...new Set(tokens.filter((t) => !t.particle && t.code).map((t) => t.code))].slice(0, MAX_KEY_WORDS).sort();
  if (codes.length === 1) return [codes[0]];
  const pairs = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) pairs.push(`${codes[i]}_${codes[j]}`);
  return pairs;
}
const nameKey = (set) => `n_${set}`;
const yearKey = (year, set) => `y${year}_${set}`;
function personKeys(props) {
  const variants = nameVariants(props.name, props.aliases);
  const year = birthYear(props.birthDate) ?? NO_YEAR;
  const keys = /* @__PURE__ */ new Set();
  for (const set of variants.flatMap(codeSets)) {
    keys.add(nameKey(set));
    keys.add(yearKey(year, set));
  }
  return { nameKeys: [...keys].sort(), nameTokens: variants.map(encodeVariant) };
}
function lookupKeys(variants, birthDate) {
  const year = birthYear(birthDate);
  const sets = [...new Set(variants.flatMap(codeSets))];
  const keys = year ? sets.flatMap((s) => [yearKey(year, s), yearKey(NO_YEAR, s)]) : sets.map(nameKey);
  return keys.sort();
}
function keyQuery(keys) {
  return keys.map((k) => `"${k}"`).join(" OR ");
}
function withNameKeys(row) {
  const { name, aliases, birthDate } = row.props;
  const keys = personKeys({
    name: typeof name === "string" ? name : "",
    aliases: Array.isArray(aliases) ? aliases.map(String) : [],
    birthDate: typeof birthDate === "string" ? birthDate : birthDate ? String(birthDate) : null
  });
  return { ...row, props: { ...row.props, ...keys } };
}
export {
  MAX_NAME_VARIANTS,
  NAME_KEYS_VERSION,
  NO_YEAR,
  birthYear,
  encodeVariant,
  keyQuery,
  lookupKeys,
  nameVariants,
  personKeys,
  withNameKeys
};
