import { badInput } from "../errors.js";
import { documentNumberKey } from "../model/graphModel.js";
import { MAX_NAME_LENGTH, words } from "../identity/normalise.js";
import { nameVariants } from "../identity/nameKeys.js";
import { DEFAULT_THRESHOLD } from "../identity/score.js";
const MAX_ROWS = 1e4;
const MAX_ALIASES = 5;
const MAX_DOCUMENT_LENGTH = 40;
const MIN_THRESHOLD = 0.5;
function checkThreshold(threshold) {
  const t = threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(t) || t < MIN_THRESHOLD || t > 1) throw badInput(`\`threshold\` must be between ${MIN_THRESHOLD} and 1`, "threshold");
  return t;
}
function checkRow(row, i) {
  const at = `travellers[${i}]`;
  if (row.name.length > MAX_NAME_LENGTH) throw badInput(`${at}.name must be at most ${MAX_NAME_LENGTH} characters`, "travellers");
  if ((row.aliases?.length ?? 0) > MAX_ALIASES) throw badInput(`${at}.aliases: at most ${MAX_ALIASES}`, "travellers");
  if (row.aliases?.some((a) => a.length > MAX_NAME_LENGTH)) throw badInput(`${at}.aliases: each at most ${MAX_NAME_LENGTH} characters`, "travellers");
  const doc = row.documentNumber ?? "";
  if (doc.length > MAX_DOCUMENT_LENGTH) throw badInput(`${at}.documentNumber must be at most ${MAX_DOCUMENT_LENGTH} characters`, "travellers");
  if (words(row.name).length === 0 && documentNumberKey(doc) === "") {
    throw badInput(`${at} needs a name with letters or a document number`, "travellers");
  }
  if ((row.flightNumber?.length ?? 0) > 10) throw badInput(`${at}.flightNumber must be at most 10 characters`, "travellers");
}
function checkRows(rows) {
  if (rows.length === 0) throw badInput("`travellers` must not be empty", "travellers");
  if (rows.length > MAX_ROWS) throw badInput(`at most ${MAX_ROWS} travellers per call`, "travellers");
  rows.forEach(checkRow);
}
function rowSubject(row) {
  const docKey = documentNumberKey(row.documentNumber ?? "");
  const flight = row.flightNumber ? row.flightNumber.toUpperCase().replace(/\s+/g, "") : null;
  return {
    name: row.name,
    variants: nameVariants(row.name, row.aliases ?? []),
    birthDate: row.birthDate ?? null,
    nationalities: row.nationality ? [row.nationality] : [],
    gender: row.gender ?? null,
    docKeys: docKey ? [docKey] : [],
    docCountry: docKey && row.documentCountry ? row.documentCountry : null,
    idValues: [],
    flights: [],
    flightNumbers: flight ? [flight] : [],
    flightOn: flight && row.departureDate ? [`${flight} on ${row.departureDate}`] : [],
    exclude: []
  };
}
export {
  MAX_ALIASES,
  MAX_DOCUMENT_LENGTH,
  MAX_ROWS,
  MIN_THRESHOLD,
  checkRows,
  checkThreshold,
  rowSubject
};
