// early.js is the one piece of the explorer loaded before the bundle: when
// the address asks for a neighborhood (?entity=), it sends that question
// at once, so that the server answers while the page's code still loads.
// The bundle takes the answer if it asks the same question (earlyAnswer).
import { NEIGHBORHOOD, neighborhoodVars } from "./queries.js";

const p = new URLSearchParams(location.search);
const id = p.get("entity");
if (id && !(p.get("from") && p.get("to"))) {
  const vars = neighborhoodVars(id, p.get("depth"), p.get("limit"));
  window.newsgraphEarly = {
    key: JSON.stringify(vars),
    answer: fetch(new URL("query", document.baseURI), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query: NEIGHBORHOOD, variables: vars }),
    }),
  };
}
