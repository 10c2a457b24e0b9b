import http from "node:http";
import { app } from "./app.js";

const server = http.createServer(app);
server.keepAliveTimeout = 5000;
server.headersTimeout = 6000;

server.listen(Number(process.env.PORT ?? 3000), "127.0.0.1");
