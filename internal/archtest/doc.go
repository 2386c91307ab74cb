// Package archtest holds tests that keep the layout honest: every package
// documents itself, the domain package imports only the standard library,
// and only the stores (and the command that wires them) depend on database
// drivers.
package archtest
