import { ORG_NAMES } from "./names.js";
const ORGS = [
  { key: "northernGate", kind: "ARMED_GROUP", country: "SY", source: "EU-POLICE", marking: "CLEAR", since: "2012-09-01" },
  { key: "levantDawn", kind: "ARMED_GROUP", country: "SY", source: "IL-INTEL", marking: "GREEN", since: "2013-02-01" },
  { key: "shamRelief", kind: "CHARITY", country: "BE", source: "BE-INTEL", marking: "GREEN", since: "2012-11-15" },
  { key: "crescentBridge", kind: "CHARITY", country: "NL", source: "NL-INTEL", marking: "AMBER", since: "2013-04-01" },
  { key: "lanternMedia", kind: "MEDIA", country: "SY", source: "EU-POLICE", marking: "GREEN", since: "2013-08-01" },
  { key: "rueVerte", kind: "FRONT", country: "BE", source: "BE-INTEL", marking: "AMBER", since: "2012-06-01" },
  { key: "scheldtCircle", kind: "MOSQUE_ASSOCIATION", country: "BE", source: "BE-INTEL", marking: "GREEN", since: "2011-03-01" },
  { key: "haagseDawah", kind: "FRONT", country: "NL", source: "NL-INTEL", marking: "GREEN", since: "2012-10-01" },
  { key: "banlieueSud", kind: "FRONT", country: "FR", source: "FR-INTEL", marking: "AMBER_STRICT", since: "2013-01-15" },
  { key: "cahayaTimur", kind: "ARMED_GROUP", country: "ID", source: "ID-CT", marking: "CLEAR", since: "2014-02-01" },
  { key: "southernCross", kind: "FRONT", country: "AU", source: "AU-INTEL", marking: "AMBER", since: "2013-05-01" },
  { key: "anatolianPassage", kind: "COMPANY", country: "TR", source: "TR-INTEL", marking: "AMBER", since: "2013-03-01" }
];
function orgId(key) {
  return `org-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
const AFFILIATIONS = [
  ["levantDawn", "northernGate", "IL-INTEL", "AMBER"],
  ["lanternMedia", "northernGate", "EU-POLICE", "CLEAR"],
  ["cahayaTimur", "northernGate", "ID-CT", "GREEN"],
  ["rueVerte", "northernGate", "BE-INTEL", "AMBER_STRICT"],
  ["scheldtCircle", "rueVerte", "BE-INTEL", "AMBER"],
  ["shamRelief", "rueVerte", "BE-INTEL", "RED"],
  ["haagseDawah", "northernGate", "NL-INTEL", "AMBER"],
  ["crescentBridge", "haagseDawah", "NL-INTEL", "AMBER_STRICT"],
  ["banlieueSud", "northernGate", "FR-INTEL", "AMBER"],
  ["southernCross", "northernGate", "AU-INTEL", "AMBER"],
  ["anatolianPassage", "northernGate", "TR-INTEL", "AMBER_STRICT"]
];
const WATCHLISTS = {
  trNoEntry: { id: "wl-tr-no-entry", name: "No-entry list", kind: "NO_ENTRY", source: "TR-INTEL", marking: "GREEN" },
  nlTerror: { id: "wl-nl-terror-list", name: "National terrorism list", kind: "TERROR_LIST", source: "NL-INTEL", marking: "CLEAR" },
  euFighters: { id: "wl-eu-ftf", name: "Foreign terrorist fighters watchlist", kind: "OTHER", source: "EU-POLICE", marking: "AMBER" },
  euSanctions: { id: "wl-eu-sanctions", name: "Terrorist sanctions list (demo)", kind: "SANCTIONS", source: "EU-POLICE", marking: "CLEAR" }
};
const LISTED_ORGS = [
  ["northernGate", "euSanctions", "2014-03-20"],
  ["levantDawn", "euSanctions", "2015-01-12"],
  ["lanternMedia", "euSanctions", "2015-06-30"],
  ["cahayaTimur", "euSanctions", "2016-02-08"],
  ["northernGate", "nlTerror", "2014-09-01"],
  ["haagseDawah", "nlTerror", "2015-11-20"]
];
function addOrganisations(b) {
  for (const o of ORGS) {
    const { name, aliases } = ORG_NAMES[o.key];
    b.node("Organisation", orgId(o.key), { name, aliases: [...aliases], kind: o.kind, country: o.country }, {
      source: o.source,
      marking: o.marking,
      at: `${o.since}T00:00:00.000Z`,
      lag: [30, 300],
      validFrom: `${o.since}T00:00:00.000Z`
    });
  }
  for (const [from, to, source, marking] of AFFILIATIONS) {
    b.rel("AFFILIATED_WITH", orgId(from), orgId(to), {}, { source, marking, at: "2014-01-01T00:00:00.000Z", lag: [0, 400] });
  }
}
function addWatchlists(b) {
  for (const w of Object.values(WATCHLISTS)) {
    b.node("Watchlist", w.id, { name: w.name, kind: w.kind }, { source: w.source, marking: w.marking, at: "2013-06-01T00:00:00.000Z", lag: [0, 60], confidence: 1 });
  }
  for (const [org, list, added] of LISTED_ORGS) {
    const w = WATCHLISTS[list];
    b.rel("LISTED_ON", orgId(org), w.id, { added, reason: "Designated terrorist organisation" }, {
      source: w.source,
      marking: "CLEAR",
      at: `${added}T00:00:00.000Z`,
      lag: [0, 5],
      validFrom: `${added}T00:00:00.000Z`,
      confidence: 1
    });
  }
}
export {
  WATCHLISTS,
  addOrganisations,
  addWatchlists,
  orgId
};
