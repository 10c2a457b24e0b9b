const { Worker } = require("bullmq");
const logger = require("./logger");
const { sendEmail } = require("./jobs/email");

const connection = { host: process.env.REDIS_HOST ?? "redis", port: 6379 };

new Worker("email", async (job) => sendEmail(job.data), { connection }).on("failed", (job, error) => {
  logger.error({ jobId: job?.id, err: error }, "job failed");
});
logger.info("worker started");
