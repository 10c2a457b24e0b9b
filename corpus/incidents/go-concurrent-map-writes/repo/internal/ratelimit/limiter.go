package ratelimit

import "time"

type Limiter struct {
	window time.Duration
	limit  int
	counts map[string]int
}

func New(window time.Duration, limit int) *Limiter {
	return &Limiter{window: window, limit: limit, counts: map[string]int{}}
}

// Allow is called from every request goroutine.
func (l *Limiter) Allow(key string) bool {
	l.counts[key]++
	return l.counts[key] <= l.limit
}
