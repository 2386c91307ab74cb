package main

import (
	"context"
	"slices"
	"sync"
	"time"
)

// sample is what one load run measured: every request's latency, in no
// particular order, and the failures.
type sample struct {
	latencies []time.Duration
	errors    int
	firstErr  error
	elapsed   time.Duration
}

// runLoad runs clients goroutines that each send perClient requests, one at
// a time, and waits for them. Client c takes inputs in turn from offset c, so
// every input is asked about and clients do not ask the same thing at the
// same moment; start shifts where they begin, so that successive runs go on
// through the inputs. Each request gets its own timeout. The loops are
// bounded: runLoad returns after clients × perClient requests or when ctx
// is done.
func runLoad[T any](ctx context.Context, clients, perClient, start int, timeout time.Duration, inputs []T, do func(context.Context, T) error) sample {
	if len(inputs) == 0 || clients <= 0 || perClient <= 0 {
		return sample{}
	}
	var (
		mu  sync.Mutex
		out sample
		wg  sync.WaitGroup
	)
	began := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lat := make([]time.Duration, 0, perClient)
			errs := 0
			var first error
			for i := range perClient {
				if ctx.Err() != nil {
					break
				}
				in := inputs[(start+c*perClient+i)%len(inputs)]
				rctx, cancel := context.WithTimeout(ctx, timeout)
				t0 := time.Now()
				err := do(rctx, in)
				d := time.Since(t0)
				cancel()
				if err != nil {
					errs++
					if first == nil {
						first = err
					}
					continue
				}
				lat = append(lat, d)
			}
			mu.Lock()
			out.latencies = append(out.latencies, lat...)
			out.errors += errs
			if out.firstErr == nil {
				out.firstErr = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	out.elapsed = time.Since(began)
	return out
}

// add adds t's measurements to s, as if both ran back to back.
func (s *sample) add(t sample) {
	s.latencies = append(s.latencies, t.latencies...)
	s.errors += t.errors
	if s.firstErr == nil {
		s.firstErr = t.firstErr
	}
	s.elapsed += t.elapsed
}

// Stats summarizes one load run. Latencies are of successful requests;
// throughput counts them over the wall time of the whole run.
type Stats struct {
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	FirstError string  `json:"first_error,omitempty"`
	P50ms      float64 `json:"p50_ms"`
	P90ms      float64 `json:"p90_ms"`
	P99ms      float64 `json:"p99_ms"`
	MaxMs      float64 `json:"max_ms"`
	PerSecond  float64 `json:"per_second"`
	Seconds    float64 `json:"seconds"`
}

func summarize(s sample) Stats {
	lat := slices.Clone(s.latencies)
	slices.Sort(lat)
	st := Stats{
		Requests: len(lat) + s.errors,
		Errors:   s.errors,
		P50ms:    ms(percentile(lat, 50)),
		P90ms:    ms(percentile(lat, 90)),
		P99ms:    ms(percentile(lat, 99)),
		Seconds:  s.elapsed.Seconds(),
	}
	if len(lat) > 0 {
		st.MaxMs = ms(lat[len(lat)-1])
	}
	if s.firstErr != nil {
		st.FirstError = s.firstErr.Error()
	}
	if s.elapsed > 0 {
		st.PerSecond = float64(len(lat)) / s.elapsed.Seconds()
	}
	return st
}

// percentile is the nearest-rank percentile of sorted latencies: the
// smallest value with at least p% of the values at or below it.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(float64(len(sorted))*p/100 + 0.999999999)
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
