//go:build !unix

package geo_test

func cpuSeconds() float64 { return 0 }
