(()=>{var p=`
  truncated
  nodes { id label kind caption weight }
  edges { id source target type status weight }`,n=`query Neighborhood($id: ID!, $depth: Int, $limit: Int, $types: [RelationType!], $statuses: [Status!], $from: Date, $to: Date) {
  neighborhood(id: $id, depth: $depth, limit: $limit, fanOut: 100, types: $types, statuses: $statuses, from: $from, to: $to) {${p}
  }
}`,i=(t,s)=>t&&/^\d+$/.test(t)?+t:s;function r(t,s,d,o={}){return{id:t,depth:i(String(s??""),2),limit:i(String(d??""),200),types:o.types??null,statuses:o.statuses??null,from:o.from??null,to:o.to??null}}var e=new URLSearchParams(location.search),a=e.get("entity");if(a&&!(e.get("from")&&e.get("to"))){let t=r(a,e.get("depth"),e.get("limit"));window.newsgraphEarly={key:JSON.stringify(t),answer:fetch(new URL("query",document.baseURI),{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:n,variables:t})})}}})();
