// Replica set bootstrap for the mongo StatefulSet, run with
// `mongosh --nodb --file rs-init.js` by the mongo-rs-init Job.
//
// 1. Waits for mongo-0 and, if the set has never been initiated, initiates it
//    with mongo-0 alone. (Every member already holds data: the image creates
//    the root user on first start. MongoDB refuses to initiate a set whose
//    other members have data, but happily adds them later; they then drop
//    their data and initial-sync from the primary.)
// 2. Waits for a primary and adds each missing member of
//    mongo-0..mongo-(MONGO_REPLICAS-1), one reconfig at a time.
// 3. Creates (or updates) the application user, with readWrite on
//    MONGO_APP_DB, from MONGO_APP_USERNAME / MONGO_APP_PASSWORD.
//
// Safe to run any number of times.

const env = process.env;

function required(name) {
  const v = env[name];
  if (!v) {
    throw new Error(`environment variable ${name} is required`);
  }
  return v;
}

const replSet = env.MONGO_REPLSET || "rs0";
const replicas = parseInt(env.MONGO_REPLICAS || "3", 10);
const service = env.MONGO_SERVICE || "mongo.quotetracker.svc";
const appDb = env.MONGO_APP_DB || "quotetracker";
// Each wait below retries every 5 s, this many times (default: 10 minutes).
const attempts = parseInt(env.MONGO_INIT_ATTEMPTS || "120", 10);
const rootUser = required("MONGO_ROOT_USERNAME");
const rootPassword = required("MONGO_ROOT_PASSWORD");
const appUser = required("MONGO_APP_USERNAME");
const appPassword = required("MONGO_APP_PASSWORD");

if (!(replicas >= 1)) {
  throw new Error(`MONGO_REPLICAS must be a positive integer, got ${env.MONGO_REPLICAS}`);
}

const hosts = [];
for (let i = 0; i < replicas; i++) {
  hosts.push(`mongo-${i}.${service}:27017`);
}

const credentials = `${encodeURIComponent(rootUser)}:${encodeURIComponent(rootPassword)}`;
const directURI = (host) => `mongodb://${credentials}@${host}/admin?authSource=admin&directConnection=true&serverSelectionTimeoutMS=5000`;
const replSetURI = `mongodb://${credentials}@${hosts.join(",")}/admin?authSource=admin&replicaSet=${replSet}&serverSelectionTimeoutMS=10000`;

// Runs a command and throws on {ok: 0}, whichever way the shell reports it.
function command(db, doc) {
  const res = db.runCommand(doc);
  if (res && res.ok !== 1) {
    const err = new Error(res.errmsg || JSON.stringify(res));
    err.codeName = res.codeName;
    err.code = res.code;
    throw err;
  }
  return res;
}

function retry(what, fn) {
  for (let i = 1; ; i++) {
    try {
      // Assign before returning: mongosh runs shell calls asynchronously, and
      // a bare `return fn()` would let a failure escape this try block.
      const result = fn();
      return result;
    } catch (e) {
      if (i >= attempts) {
        throw e;
      }
      print(`${what}: attempt ${i}/${attempts} failed: ${e.message}`);
      sleep(5000);
    }
  }
}

// connect returns the admin database of host once it answers a ping.
function connect(host) {
  const db = new Mongo(directURI(host)).getDB("admin");
  command(db, { ping: 1 });
  return db;
}

const first = retry(`connect to ${hosts[0]}`, () => connect(hosts[0]));

let initiated = true;
try {
  command(first, { replSetGetStatus: 1 });
} catch (e) {
  if (e.codeName !== "NotYetInitialized" && e.code !== 94) {
    throw e;
  }
  initiated = false;
}

if (initiated) {
  print(`replica set ${replSet} already initiated`);
} else {
  const config = { _id: replSet, members: [{ _id: 0, host: hosts[0] }] };
  print(`initiating replica set ${replSet} with ${hosts[0]}`);
  retry("replSetInitiate", () => {
    try {
      command(first, { replSetInitiate: config });
    } catch (e) {
      if (e.codeName === "AlreadyInitialized" || e.code === 23) {
        return;
      }
      throw e;
    }
  });
}

// From here on talk to whichever member is primary.
const admin = retry(`wait for a primary of ${replSet}`, () => {
  const db = new Mongo(replSetURI).getDB("admin");
  const hello = command(db, { hello: 1 });
  if (!hello.isWritablePrimary) {
    throw new Error("connected member is not primary yet");
  }
  return db;
});

for (const host of hosts) {
  retry(`add member ${host}`, () => {
    const res = command(admin, { replSetGetConfig: 1 });
    const config = res.config;
    if (config.members.some((m) => m.host === host)) {
      return;
    }
    // Only add members that are up, so a failed pod shows up here.
    connect(host);
    let next = 0;
    for (const m of config.members) {
      next = Math.max(next, Number(m._id) + 1);
    }
    config.members.push({ _id: next, host: host });
    config.version = Number(config.version) + 1;
    delete config.term; // set by the server
    // Retried on ConfigurationInProgress etc. until the previous reconfig
    // has committed.
    command(admin, { replSetReconfig: config });
    print(`added ${host} to ${replSet}`);
  });
}

const roles = [{ role: "readWrite", db: appDb }];
retry(`ensure user ${appUser}`, () => {
  const info = command(admin, { usersInfo: { user: appUser, db: "admin" } });
  if (info.users && info.users.length > 0) {
    command(admin, { updateUser: appUser, pwd: appPassword, roles: roles });
    print(`updated user ${appUser}`);
  } else {
    command(admin, { createUser: appUser, pwd: appPassword, roles: roles });
    print(`created user ${appUser}`);
  }
});

print(`replica set ${replSet} ready with ${hosts.length} member(s)`);
