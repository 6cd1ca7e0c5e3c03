/** Who is signed in, for every page: loaded once from GET /api/session, replaced at sign-in and sign-out. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { ApiError, api, setCsrfToken } from "../api/client.ts";
import type { Session, SessionUser } from "../api/types.ts";

interface SessionState {
  /** undefined while loading, null when nobody is signed in. */
  user: SessionUser | null | undefined;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    api
      .get<Session>("/api/session")
      .then((session) => {
        setCsrfToken(session.csrfToken);
        setUser(session.user);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
        setUser(null);
      });
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const session = await api.post<Session>("/api/session", { username, password });
    setCsrfToken(session.csrfToken);
    setUser(session.user);
  }, []);

  const signOut = useCallback(async () => {
    await api.delete("/api/session").catch(() => undefined);
    setCsrfToken(null);
    setUser(null);
  }, []);

  return <SessionContext.Provider value={{ user, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}

/** The signed-in user, for pages that are only shown to one. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error("useUser without a signed-in user");
  return user;
}
