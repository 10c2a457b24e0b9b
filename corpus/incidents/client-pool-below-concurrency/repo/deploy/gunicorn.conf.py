bind = "0.0.0.0:8000"
workers = 2
worker_class = "gthread"
threads = 16
timeout = 60
