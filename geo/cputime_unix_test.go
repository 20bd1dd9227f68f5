//go:build unix

package geo_test

import "syscall"

// cpuSeconds returns the process's user+system CPU time, so benchmarks on
// a busy machine can report work per CPU second as well as per wall second.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
