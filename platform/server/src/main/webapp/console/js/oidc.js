// OpenID Connect authorization code flow with PKCE (RFC 7636) for a public client.
// Tokens stay in sessionStorage: they die with the tab and are never sent anywhere but the API.

const PENDING = 'kontingent.signin';
const TOKENS = 'kontingent.tokens';

function randomString(bytes) {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return base64Url(data);
}

function base64Url(bytes) {
  let text = '';
  bytes.forEach((b) => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function redirectUri() {
  return `${location.origin}/console/`;
}

export async function beginSignIn(config, language) {
  const verifier = randomString(48);
  const state = randomString(24);
  const nonce = randomString(24);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, returnTo: location.hash }));
  const url = new URL(config.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope,
    state,
    nonce,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    ui_locales: language,
  }).toString();
  location.assign(url.toString());
}

/** Redeems ?code=&state= after the provider sent the browser back; answers the hash to return to. */
export async function completeSignIn(config) {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) {
    return null;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', `${location.pathname}${pending?.returnTo || ''}`);
  if (params.has('error')) {
    throw new Error(params.get('error_description') || params.get('error'));
  }
  if (!pending || pending.state !== params.get('state')) {
    throw new Error('state mismatch: the sign-in answer does not belong to this tab');
  }
  const response = await fetch(config.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error(`token endpoint answered ${response.status}`);
  }
  const tokens = await response.json();
  const idClaims = tokens.id_token ? claimsOf(tokens.id_token) : null;
  if (idClaims && idClaims.nonce !== pending.nonce) {
    throw new Error('nonce mismatch');
  }
  store(tokens);
  return pending.returnTo || '';
}

function store(tokens) {
  sessionStorage.setItem(TOKENS, JSON.stringify({
    accessToken: tokens.access_token,
    idToken: tokens.id_token,
    expiresAt: Date.now() + (tokens.expires_in || 300) * 1000,
  }));
}

export function currentToken() {
  const tokens = JSON.parse(sessionStorage.getItem(TOKENS) || 'null');
  if (!tokens || tokens.expiresAt < Date.now()) {
    return null;
  }
  return tokens.accessToken;
}

export function signOut(config) {
  const tokens = JSON.parse(sessionStorage.getItem(TOKENS) || 'null');
  sessionStorage.removeItem(TOKENS);
  if (config.endSessionEndpoint && tokens?.idToken) {
    const url = new URL(config.endSessionEndpoint);
    url.search = new URLSearchParams({ id_token_hint: tokens.idToken, post_logout_redirect_uri: redirectUri() }).toString();
    location.assign(url.toString());
  } else {
    location.assign(redirectUri());
  }
}

/** The claims of a JWT, for display only: the API verifies every token it is given. */
export function claimsOf(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(payload);
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}
