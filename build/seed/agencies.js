const AGENCY_CODES = ["TR-INTEL", "NL-INTEL", "BE-INTEL", "FR-INTEL", "ID-CT", "AU-INTEL", "IL-INTEL", "EU-POLICE"];
const AGENCIES = [
  { code: "TR-INTEL", name: "Turkish Intelligence (demo)", country: "TR" },
  { code: "NL-INTEL", name: "Netherlands Intelligence (demo)", country: "NL" },
  { code: "BE-INTEL", name: "Belgian State Security (demo)", country: "BE" },
  { code: "FR-INTEL", name: "French Internal Security (demo)", country: "FR" },
  { code: "ID-CT", name: "Indonesian Counter-Terrorism Agency (demo)", country: "ID" },
  { code: "AU-INTEL", name: "Australian Security Intelligence (demo)", country: "AU" },
  { code: "IL-INTEL", name: "Israeli Security Agency (demo)", country: "IL" },
  { code: "EU-POLICE", name: "European Police Office (demo)", country: "EU" }
];
const SHORT = {
  "TR-INTEL": "tr",
  "NL-INTEL": "nl",
  "BE-INTEL": "be",
  "FR-INTEL": "fr",
  "ID-CT": "id",
  "AU-INTEL": "au",
  "IL-INTEL": "il",
  "EU-POLICE": "eu"
};
const REF_PREFIX = {
  "TR-INTEL": "TR",
  "NL-INTEL": "NL",
  "BE-INTEL": "BE",
  "FR-INTEL": "FR",
  "ID-CT": "ID",
  "AU-INTEL": "AU",
  "IL-INTEL": "IL",
  "EU-POLICE": "EU"
};
function share(from, to, upTo, hitNotification = false) {
  return { from, to, upTo, hitNotification };
}
const EU_PARTNERS = AGENCY_CODES.filter((c) => c !== "EU-POLICE");
const AGREEMENTS = [
  share("BE-INTEL", "FR-INTEL", "AMBER_STRICT", true),
  share("BE-INTEL", "NL-INTEL", "GREEN", true),
  share("BE-INTEL", "TR-INTEL", "GREEN", true),
  share("BE-INTEL", "EU-POLICE", "AMBER", true),
  share("FR-INTEL", "BE-INTEL", "AMBER", true),
  share("FR-INTEL", "EU-POLICE", "AMBER"),
  share("NL-INTEL", "BE-INTEL", "AMBER"),
  share("NL-INTEL", "TR-INTEL", "GREEN", true),
  share("NL-INTEL", "EU-POLICE", "AMBER", true),
  share("TR-INTEL", "EU-POLICE", "GREEN"),
  share("TR-INTEL", "NL-INTEL", "GREEN"),
  share("ID-CT", "AU-INTEL", "AMBER", true),
  share("AU-INTEL", "ID-CT", "AMBER"),
  share("AU-INTEL", "EU-POLICE", "GREEN"),
  share("IL-INTEL", "FR-INTEL", "GREEN"),
  ...EU_PARTNERS.map((to) => share("EU-POLICE", to, "AMBER"))
];
export {
  AGENCIES,
  AGENCY_CODES,
  AGREEMENTS,
  REF_PREFIX,
  SHORT
};
