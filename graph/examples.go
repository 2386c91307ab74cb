package graph

// ExampleVariables fill the example operations' variables with IDs the
// articles in examples/articles/ produce (newsgraph serve --ingest examples/articles/); with
// other data, run Search first and put IDs from its answer in their place.
const ExampleVariables = `{
  "text": "solberg",
  "id": "person:ingrid-solberg",
  "from": "person:marek-tamm",
  "to": "person:aino-lehtonen",
  "other": "person:marek-tamm",
  "since": "2020-01-01"
}`

// ExampleQuery is GraphiQL's start page (web.Options): one named operation
// per way of investigating the graph. Run (or Ctrl-Enter) runs the one under
// the cursor.
const ExampleQuery = `# newsgraph: a knowledge graph of people, places, organizations and events
# read from news articles. Every relation cites its article and sentence.
# Put the cursor in an operation and press Run (or Ctrl-Enter) to run it.
# The variables below name entities of the example articles; with your own
# data, run "Search" first and put IDs from its answer in their place.

# Who or what is called this? Ranked matches on names, aliases and evidence.
query Search($text: String!) {
  search(text: $text, first: 10) {
    score
    field
    matched
    entity { id name kind mentions firstSeen lastSeen }
  }
}

# Everything within two hops, shaped for a graph drawing library.
query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 100) {
    truncated
    nodes { id label kind caption weight }
    edges { id source target type status caption weight }
  }
}

# How are two entities connected? Every hop cites its sentence.
query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxDepth: 4, mode: ALL_SHORTEST, first: 5) {
    paths {
      length
      nodes { id name kind }
      edges {
        type date status
        evidence { sentence article { title date url } }
      }
    }
  }
}

# Who said what, with the words and the source.
query WhoSaidWhat($id: ID!, $since: Date) {
  statements(speaker: $id, from: $since, first: 20) {
    edges {
      node {
        date precision status quote
        target { name }
        evidence { article { title date url } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# Attacks by an attacker (or use target: / place:), oldest first.
query Attacks($id: ID!) {
  attacks(attacker: $id, first: 20) {
    edges {
      node {
        date status confidence
        source { name kind }
        target { name kind }
        evidence { sentence article { title } }
      }
    }
  }
}

# Meetings between two entities, held or only planned.
query Meetings($id: ID!, $other: ID) {
  meetings(participant: $id, with: $other, first: 20) {
    edges {
      node {
        date status
        source { name }
        target { name }
        evidence { sentence article { title date } }
      }
    }
  }
}

# One entity's dated statements and events, in order.
query Timeline($id: ID!) {
  timeline(entity: $id, first: 50) {
    edges {
      node {
        date precision
        relation { type status source { name } target { name } quote }
        event { name startDate place { name } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# The most mentioned entities, with how many there are in all.
query TopEntities {
  entities(orderBy: MENTIONS, first: 20) {
    totalCount
    edges { cursor node { id name kind mentions lastSeen } }
    pageInfo { hasNextPage endCursor }
  }
  stats { articles entities relations }
}
`
