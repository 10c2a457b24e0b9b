/** Sends the receipt when there is an address to send it to; guests who gave none get none. */
async function sendReceipt(receipt) {
  if (!receipt.email) return { skipped: true };
  return { queued: true, to: receipt.email };
}

module.exports = { sendReceipt };
