import { Worker } from "bullmq";
import IORedis from "ioredis";
import pino from "pino";

const log = pino();
const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
new Worker("emails", async (job) => log.info({ id: job.id }, "sent"), { connection });
