package main

import (
	"log/slog"
	"net/http"
	"os"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

func main() {
	webhook := os.Getenv("SLACK_WEBHOOK_URL")
	if err := post(webhook, `{"text":"notifier started"}`); err != nil {
		slog.Error("slack post failed", "err", err)
	}
	serve()
}
