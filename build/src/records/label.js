const str = (v) => typeof v === "string" ? v : "";
function labelOf(e) {
  const p = e.props;
  switch (e.type) {
    case "Document":
      return `${str(p.kind) || "DOCUMENT"} ${str(p.number)}`.trim();
    case "Identifier":
      return str(p.value);
    case "Travel": {
      const when = p.departedAt instanceof Date ? p.departedAt.toISOString().slice(0, 10) : "";
      return [str(p.carrier), str(p.flightNumber) || str(p.mode), when].filter(Boolean).join(" ");
    }
    case "Location":
      return str(p.iata) ? `${str(p.name)} (${str(p.iata)})` : str(p.name);
    default:
      return str(p.name) || e.id;
  }
}
export {
  labelOf
};
