/**
 * Reviewers' comments tied to a field (a comment's dataset path): each field shows the comments on its path beside
 * it, so the 填报人 reads "受众人数请附统计依据" where the 受众人数 is typed.
 */
import { createContext, useContext } from "react";

export interface FieldComment {
  path: string;
  body: string;
  author: string;
  at: string;
}

export type FieldComments = ReadonlyMap<string, readonly FieldComment[]>;

export const FieldCommentsContext = createContext<FieldComments>(new Map());

export function useFieldComments(path: string): readonly FieldComment[] {
  return useContext(FieldCommentsContext).get(path) ?? [];
}

/** Comments by their path (comments on the whole report, with no path, are left out). */
export function commentsByPath(comments: readonly FieldComment[]): FieldComments {
  const byPath = new Map<string, FieldComment[]>();
  for (const comment of comments) {
    if (comment.path === "") continue;
    byPath.set(comment.path, [...(byPath.get(comment.path) ?? []), comment]);
  }
  return byPath;
}
