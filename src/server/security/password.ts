/**
 * Password hashing with scrypt (node:crypto): a random salt per password, parameters stored with the hash so they
 * can be raised later, comparison in constant time.
 * @module
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { NEW_PASSWORD_RULE } from "../../core/text/new-password.ts";

const N = 16_384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** "scrypt$16384$8$1$<salt>$<hash>" (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await derive(password, Buffer.from(salt, "base64"), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a random password, checked against when the user does not exist, so that both paths take as long. */
export const UNKNOWN_USER_HASH = await hashPassword(randomBytes(12).toString("base64"));

/** What a new password must be (a user's own change, a 管理员's new user or reset): core's rule. */
export const NEW_PASSWORD = z
  .string()
  .min(NEW_PASSWORD_RULE.min, NEW_PASSWORD_RULE.tooShort)
  .max(NEW_PASSWORD_RULE.max, NEW_PASSWORD_RULE.tooLong);
