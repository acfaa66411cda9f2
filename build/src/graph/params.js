import neo4j from "neo4j-driver";
function int(n) {
  return neo4j.int(n);
}
export {
  int
};
