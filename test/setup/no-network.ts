import nock from "nock";

// Tests never reach the network; our own servers on loopback are the only exception.
nock.disableNetConnect();
nock.enableNetConnect((host) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host));
