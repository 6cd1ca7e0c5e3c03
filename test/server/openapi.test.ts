/**
 * The OpenAPI document lists every route the server answers, with the JSON Schema of its body, and the page for
 * people loads it from the same origin (the content security policy allows nothing else).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRoutes } from "../../src/server/routes/all-routes.ts";
import { startTestRegion, type TestRegion } from "../support/server-harness.ts";

describe("OpenAPI document", () => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion("sqlite");
  }, 60_000);
  afterAll(async () => region?.close());

  it("describes every route, with request schemas and the session scheme", async () => {
    const response = await region.client().get("/api/openapi.json");
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe("3.1.0");
    const routes = allRoutes(region.services);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[route.method], `${route.method} ${path}`).toBeDefined();
      if (route.body)
        expect(doc.paths[path][route.method].requestBody.content["application/json"].schema.type).toBe("object");
    }
    expect(Object.values(doc.paths).flatMap((ops) => Object.keys(ops as object)).length).toBe(routes.length);
    expect(doc.paths["/api/session"].post.security).toEqual([]);
    expect(
      doc.paths["/api/reports/{id}/transitions"].post.requestBody.content["application/json"].schema.properties.action
        .enum,
    ).toContain("departmentReturn");
    expect(doc.components.securitySchemes.session).toMatchObject({ type: "apiKey", in: "cookie" });
  });

  it("serves a page for people that needs nothing from another origin", async () => {
    const page = await region.app.request("/api/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script src="/api/docs.js">');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await region.app.request("/api/docs.js");
    expect(script.headers.get("content-type")).toContain("javascript");
  });
});
