package graph

import (
	"net/http"
	"net/url"

	"github.com/99designs/gqlgen/graphql/playground"
)

// NewPlayground serves GraphiQL for the endpoint. A visit without a query
// in the URL is redirected to one that carries the example operations
// below, so a new user lands on runnable investigative queries; edits are
// kept in the URL from then on.
func NewPlayground(endpoint string) http.Handler {
	gi := playground.Handler("newsgraph", endpoint,
		playground.WithGraphiqlPersistStateInURL(true),
		playground.WithGraphiqlEnablePluginExplorer(true),
		playground.WithStoragePrefix("newsgraph:"),
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" && r.URL.Path != "" {
			http.NotFound(w, r)
			return
		}
		if r.URL.RawQuery == "" {
			q := url.Values{"query": {ExampleQuery}, "variables": {ExampleVariables}, "operationName": {"Search"}}
			http.Redirect(w, r, r.URL.Path+"?"+q.Encode(), http.StatusFound)
			return
		}
		gi.ServeHTTP(w, r)
	})
}

// ExampleVariables fill the example operations' variables: run Search first
// and paste IDs from its answer into id, from, to and other.
const ExampleVariables = `{
  "text": "minister",
  "id": "person:replace-with-an-id-from-search",
  "from": "person:replace-with-an-id-from-search",
  "to": "organization:replace-with-another-id",
  "other": "person:replace-with-another-id",
  "since": "2020-01-01"
}`

// ExampleQuery is the GraphiQL start page: one named operation per way of
// investigating the graph. Pick one with the run button's menu.
const ExampleQuery = `# newsgraph: a knowledge graph of people, places, organizations and events
# read from news articles. Every relation cites its article and sentence.
# Run "Search" first, then put IDs from its answer into the variables below.

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
    edges { id source target type caption weight }
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
