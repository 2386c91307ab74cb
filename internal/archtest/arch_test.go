package archtest

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/newsgraph/newsgraph"

type pkg struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	Name       string
	Doc        string
	Standard   bool
	Deps       []string
	Imports    []string
}

func list(t *testing.T, args ...string) []pkg {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-e", "-json"}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %v: %v", args, err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func TestEveryPackageHasADocComment(t *testing.T) {
	for _, p := range list(t, module+"/...") {
		if p.Doc == "" {
			t.Errorf("package %s has no package doc comment", p.ImportPath)
		}
	}
}

func TestDomainImportsOnlyStandardLibrary(t *testing.T) {
	std := map[string]bool{}
	for _, p := range list(t, "std") {
		std[p.ImportPath] = true
	}
	for _, p := range list(t, module+"/kg") {
		for _, d := range p.Deps {
			if !std[d] {
				t.Errorf("kg depends on %s; it may import only the standard library", d)
			}
		}
	}
}

// Only the stores and the command know which database is in use.
func TestOnlyStoresDependOnDrivers(t *testing.T) {
	drivers := []string{"github.com/neo4j/neo4j-go-driver/", "modernc.org/sqlite", "github.com/newsgraph/newsgraph/store/"}
	for _, p := range list(t, module+"/kg", module+"/ingest/...", module+"/graph/...") {
		for _, d := range p.Deps {
			for _, drv := range drivers {
				if strings.HasPrefix(d, drv) || d == "database/sql" {
					t.Errorf("%s depends on %s; only store/* and the command may", p.ImportPath, d)
				}
			}
		}
	}
}

// The API takes what it needs from ingest through interfaces it declares
// (graph.Ingester); only the command wires the pipeline to it.
func TestGraphDoesNotImportIngest(t *testing.T) {
	for _, p := range list(t, module+"/graph/...") {
		for _, d := range p.Deps {
			if d == module+"/ingest" || strings.HasPrefix(d, module+"/ingest/") {
				t.Errorf("%s depends on %s; graph declares what it needs (graph.Ingester)", p.ImportPath, d)
			}
		}
	}
}

// Every log line names its error with the one key "err".
func TestOneLogKeyForErrors(t *testing.T) {
	levels := map[string]bool{}
	for _, l := range []string{"Debug", "Info", "Warn", "Error", "Log"} {
		levels[l], levels[l+"Context"] = true, true
	}
	for _, p := range list(t, module+"/...") {
		dir := p.Dir
		for _, f := range p.GoFiles {
			file, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, f), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || !levels[sel.Sel.Name] {
					return true
				}
				for _, a := range call.Args {
					if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING && lit.Value == `"error"` {
						t.Errorf("%s/%s: log call %s uses the key \"error\"; use \"err\"", p.ImportPath, f, sel.Sel.Name)
					}
				}
				return true
			})
		}
	}
}
