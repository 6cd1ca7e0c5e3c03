/** Answers about who is signed in: sign-in, the current session, the user's sessions and sign-in locks. */
import { z } from "zod";
import { DateTime, OkDto, RoleDto } from "./common-dto.ts";

export const SessionUserDto = z
  .strictObject({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: RoleDto,
    roleName: z.string(),
    unit: z.strictObject({ id: z.string(), name: z.string(), kind: z.string() }),
  })
  .meta({ id: "SessionUser" });
export type SessionUserDto = z.infer<typeof SessionUserDto>;

/** The signed-in user and the CSRF token the page sends back with every change. */
export const SessionDto = z.strictObject({ user: SessionUserDto, csrfToken: z.string() }).meta({ id: "Session" });
export type SessionDto = z.infer<typeof SessionDto>;

export const OwnSessionDto = z.strictObject({
  id: z.string(),
  createdAt: DateTime,
  expiresAt: DateTime,
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** This is the session asking. */
  current: z.boolean(),
});
export type OwnSessionDto = z.infer<typeof OwnSessionDto>;

export const OwnSessionsDto = z.strictObject({ sessions: z.array(OwnSessionDto) });
export type OwnSessionsDto = z.infer<typeof OwnSessionsDto>;

export const EndedSessionsDto = OkDto.extend({ endedSessions: z.number().int() });
export type EndedSessionsDto = z.infer<typeof EndedSessionsDto>;
export const EndedOwnSessionDto = OkDto.extend({ current: z.boolean() });
export const UserDisabledDto = OkDto.extend({ disabled: z.boolean(), endedSessions: z.number().int() });
export const SignInUnlockedDto = OkDto.extend({ cleared: z.number().int() });

export const SignInLockDto = z.strictObject({
  scope: z.enum(["address", "newBrowsers", "ownBrowser"]),
  address: z.string().nullable(),
  lockedUntil: DateTime.nullable(),
  locks: z.number().int(),
});
export type SignInLockDto = z.infer<typeof SignInLockDto>;

export const SignInLocksDto = z.strictObject({ locks: z.array(SignInLockDto) });
