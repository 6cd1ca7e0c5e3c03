/**
 * Who is on the other end of a request: the client's address and whether it reached us over HTTPS. Behind a
 * TLS-terminating proxy the socket's peer is the proxy; its X-Forwarded-For and X-Forwarded-Proto are believed only
 * when that peer is one of the configured trusted proxies — from anyone else they are ignored, or any client could
 * pick the address its failed sign-ins are counted under, or claim HTTPS.
 * @module
 */
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

export interface TransportSettings {
  /** Peer addresses (exact, e.g. "127.0.0.1", "::1") whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  trustedProxies: readonly string[];
}

export const DEFAULT_TRANSPORT: TransportSettings = { trustedProxies: [] };

export interface ClientInfo {
  /** The client's address ("unknown" when the request did not come through a socket, as in tests). */
  address: string;
  /** The request reached the server (or the trusted proxy in front of it) over HTTPS. */
  https: boolean;
}

/** "::ffff:1.2.3.4" → "1.2.3.4"; anything else trimmed and lower-cased. */
export function normalizeAddress(address: string): string {
  const text = address.trim().toLowerCase();
  return text.startsWith("::ffff:") && text.includes(".") ? text.slice("::ffff:".length) : text;
}

export function clientOf(c: Context, settings: TransportSettings): ClientInfo {
  const peer = peerAddress(c);
  const directHttps = new URL(c.req.url).protocol === "https:";
  const trusted = new Set(settings.trustedProxies.map(normalizeAddress));
  if (!trusted.has(peer)) return { address: peer, https: directHttps };
  // Each proxy appends the address it received from; the nearest untrusted one is the client.
  const chain = (c.req.header("x-forwarded-for") ?? "").split(",").map(normalizeAddress).filter(Boolean);
  let address = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    address = chain[i] as string;
    if (!trusted.has(address)) break;
  }
  const protocols = (c.req.header("x-forwarded-proto") ?? "")
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const forwardedProto = protocols[protocols.length - 1];
  return { address, https: forwardedProto === undefined ? directHttps : forwardedProto === "https" };
}

function peerAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalizeAddress(address) : "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * The address a client's failures are counted under: an IPv4 address as it is, an IPv6 address by its /64 (one
 * machine commonly holds a whole /64, so counting single addresses would give it billions of fresh counters).
 */
export function throttleAddressOf(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return address;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
