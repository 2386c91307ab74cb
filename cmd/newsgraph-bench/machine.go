package main

import (
	"bufio"
	"os"
	"runtime"
	"strings"
)

// Machine says where the numbers were measured.
type Machine struct {
	CPUs       int    `json:"cpus"`
	GOMAXPROCS int    `json:"gomaxprocs"`
	OS         string `json:"os"`
	Arch       string `json:"arch"`
	CPUModel   string `json:"cpu_model"`
	MemoryGiB  int    `json:"memory_gib"`
	GoVersion  string `json:"go_version"`
}

// loadAverage is the 1, 5 and 15 minute load averages ("" off Linux): a
// busy machine makes slower and noisier numbers, so the report says how
// busy it was.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

func machine() Machine {
	m := Machine{
		CPUs:       runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0),
		OS:         runtime.GOOS,
		Arch:       runtime.GOARCH,
		GoVersion:  runtime.Version(),
		CPUModel:   procField("/proc/cpuinfo", "model name"),
	}
	if kb := procField("/proc/meminfo", "MemTotal"); kb != "" {
		var n int
		for _, r := range strings.TrimSuffix(kb, " kB") {
			if r < '0' || r > '9' {
				break
			}
			n = n*10 + int(r-'0')
		}
		m.MemoryGiB = (n + 1<<19) >> 20
	}
	if m.CPUModel == "" {
		m.CPUModel = "unknown"
	}
	return m
}

// procField reads the first "key: value" line with the key from a /proc
// file; "" when the file or the key is missing (not Linux).
func procField(path, key string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
