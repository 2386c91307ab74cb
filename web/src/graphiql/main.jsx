// GraphiQL for newsgraph's API, served from the binary at /graphiql with
// the example operations ready. Run and Ctrl-Enter run the operation under
// the cursor: the operation name follows the cursor as it moves.
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { useEditorContext } from "@graphiql/react";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/style.css";

const config = JSON.parse(document.getElementById("newsgraph-config").textContent);
const endpoint = new URL(config.endpoint, location.href);
const wsEndpoint = new URL(endpoint);
wsEndpoint.protocol = endpoint.protocol === "https:" ? "wss:" : "ws:";

const fetcher = createGraphiQLFetcher({ url: endpoint.href, subscriptionUrl: wsEndpoint.href });

// operationAt names the operation whose text holds the cursor index.
function operationAt(operations, index) {
  for (const op of operations ?? []) {
    if (op.loc && op.loc.start <= index && index <= op.loc.end && op.name) {
      return op.name.value;
    }
  }
  return null;
}

// FollowCursor keeps GraphiQL's operation name on the operation under the
// cursor, so the Run button runs what the user is looking at.
function FollowCursor() {
  const { queryEditor, setOperationName } = useEditorContext({ nonNull: true });
  useEffect(() => {
    if (!queryEditor) return undefined;
    const follow = () => {
      const name = operationAt(queryEditor.operations, queryEditor.indexFromPos(queryEditor.getCursor()));
      if (name && name !== queryEditor.operationName) setOperationName(name);
    };
    queryEditor.on("cursorActivity", follow);
    follow();
    return () => queryEditor.off("cursorActivity", follow);
  }, [queryEditor, setOperationName]);
  return null;
}

// GraphiQL 4 starts the variables editor from storage only (the first
// tab's variables are ignored), so a first visit seeds it there.
if (localStorage.getItem("graphiql:variables") === null) {
  localStorage.setItem("graphiql:variables", config.variables);
}

function App() {
  // The run button runs the operation GraphiQL is given (a menu when none
  // is); FollowCursor sets it from the cursor through onEditOperationName.
  const [operationName, setOperationName] = useState(undefined);
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={config.query}
      operationName={operationName}
      // Synchronously, so that a Ctrl-Enter right after the cursor moved
      // runs the new operation, not the one before.
      onEditOperationName={(name) => flushSync(() => setOperationName(name))}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a href="./" style={{ color: "inherit", textDecoration: "none" }} title="Back to the explorer">newsgraph</a>
      </GraphiQL.Logo>
      <GraphiQL.Footer>
        <FollowCursor />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}

createRoot(document.getElementById("graphiql")).render(<App />);
