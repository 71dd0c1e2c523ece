// A real OpenID Connect provider for the tests: panva's oidc-provider (an OpenID-certified implementation) with
// its development login and consent pages. Started by LocalGov.TestSupport.OidcProvider as
//
//   node provider.mjs '{"port":1234,"mode":"normal","clients":[…],"accounts":{…}}'
//
// - clients: [{ client_id, client_secret, redirect_uris }] — confidential web clients, code flow, PKCE required;
// - accounts: { "<login typed on the login page>": { "<claim>": "<value>", … } } — any password is accepted;
//   each account's claims are released for the scopes "openid profile" plus the claim names listed under the
//   scope "thai_id" (its keys besides the standard profile ones);
// - mode "forged": the provider signs its ID tokens with one key and publishes another under the same key id, as
//   a provider whose key was swapped (or an attacker answering for it) would: the client must refuse the token.
// Prints "ready" on stdout once it listens.
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const config = JSON.parse(process.argv[2]);
const issuer = `http://127.0.0.1:${config.port}`;

function signingKey(kid) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
}

const key = signingKey('test-key-1');
const profileClaims = ['name', 'given_name', 'family_name'];
const extraClaims = [...new Set(Object.values(config.accounts).flatMap((claims) => Object.keys(claims)))]
  .filter((claim) => !profileClaims.includes(claim));

const provider = new Provider(issuer, {
  clients: config.clients.map((client) => ({
    ...client,
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_post',
  })),
  jwks: { keys: [key] },
  scopes: ['openid', 'profile', 'thai_id'],
  claims: { openid: ['sub'], profile: profileClaims, thai_id: extraClaims },
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, ...(config.accounts[id] ?? {}) }),
  }),
  pkce: { required: () => true },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  features: { devInteractions: { enabled: true } },
  // codes live 5 minutes rather than the usual 1: the suite may share a busy 2-core machine
  ttl: { AuthorizationCode: 300, Interaction: 600, Session: 600, Grant: 600, IdToken: 300, AccessToken: 300 },
});
provider.proxy = false;

if (config.mode === 'forged') {
  // the published key set names the signing key's id but carries another key: every signature fails
  const { d, p, q, dp, dq, qi, ...other } = signingKey(key.kid);
  provider.use(async (ctx, next) => {
    if (ctx.path === '/jwks') {
      ctx.type = 'application/jwk-set+json';
      ctx.body = { keys: [other] };
      return;
    }
    await next();
  });
}

// each refused request in the log, so a failing test shows why the provider said no
provider.on('grant.error', (ctx, error) => console.error('grant.error', error.error, error.error_description ?? ''));
provider.on('authorization.error', (ctx, error) => console.error('authorization.error', error.error, error.error_description ?? ''));

provider.listen(config.port, '127.0.0.1', () => console.log('ready'));
