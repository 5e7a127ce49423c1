// Replica set bootstrap for the mongo StatefulSet, run with
// `mongosh --nodb --file rs-init.js` by the mongo-rs-init Job.
//
// 1. Waits for mongo-0 and, if the set has never been initiated, runs
//    replSetInitiate with members mongo-0..mongo-(MONGO_REPLICAS-1).
// 2. Waits for a primary and creates (or updates) the application user, with
//    readWrite on MONGO_APP_DB, from MONGO_APP_USERNAME / MONGO_APP_PASSWORD.
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
const directURI = `mongodb://${credentials}@${hosts[0]}/admin?authSource=admin&directConnection=true&serverSelectionTimeoutMS=5000`;
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
  const attempts = 120;
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (e) {
      if (i >= attempts) {
        throw e;
      }
      print(`${what}: attempt ${i}/${attempts} failed: ${e.message}`);
      sleep(5000);
    }
  }
}

const first = retry(`connect to ${hosts[0]}`, () => {
  const db = new Mongo(directURI).getDB("admin");
  command(db, { ping: 1 });
  return db;
});

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
  const config = {
    _id: replSet,
    members: hosts.map((host, i) => ({ _id: i, host: host, priority: i === 0 ? 2 : 1 })),
  };
  print(`initiating replica set ${replSet} with ${hosts.join(", ")}`);
  // Retried because the quorum check fails until every member is reachable.
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

const admin = retry(`wait for a primary of ${replSet}`, () => {
  const db = new Mongo(replSetURI).getDB("admin");
  const hello = command(db, { hello: 1 });
  if (!hello.isWritablePrimary) {
    throw new Error("connected member is not primary yet");
  }
  return db;
});

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

print(`replica set ${replSet} ready`);
