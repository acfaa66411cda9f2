import { AGREEMENTS_OF, ALL_AGENCIES } from "./queries.js";
async function loadAgencyDirectory(read) {
  const rows = await read(ALL_AGENCIES, {});
  return new Map(rows.map((r) => [String(r.code), { code: String(r.code), name: String(r.name), country: String(r.country ?? "") }]));
}
async function listAgencies(ctx) {
  return [...(await ctx.agencies()).values()];
}
async function findAgency(ctx, code) {
  return (await ctx.agencies()).get(code) ?? null;
}
async function agreementsOfViewer(ctx) {
  const rows = await ctx.trustedRead(AGREEMENTS_OF, { agency: ctx.viewer.agency });
  return rows.map((r) => ({
    from: String(r.from),
    to: String(r.to),
    upTo: r.upTo,
    hitNotification: r.hitNotification === true,
    expiresAt: r.expiresAt instanceof Date ? r.expiresAt : null,
    purpose: typeof r.purpose === "string" ? r.purpose : null
  }));
}
export {
  agreementsOfViewer,
  findAgency,
  listAgencies,
  loadAgencyDirectory
};
