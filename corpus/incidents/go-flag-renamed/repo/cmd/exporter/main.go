package main

import (
	"flag"
	"log"
	"net/http"
)

func main() {
	addr := flag.String("web.listen-address", ":9419", "address to serve metrics on")
	rabbit := flag.String("rabbitmq.url", "http://localhost:15672", "management API URL")
	flag.Parse()
	http.Handle("/metrics", newCollector(*rabbit))
	log.Fatal(http.ListenAndServe(*addr, nil))
}
