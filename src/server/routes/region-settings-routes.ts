/** The region's settings: read by everyone signed in (the workspace offers the submission they call for), set by the root's 管理员. */
import { defineRoute } from "../api-route.ts";
import { RegionSettingsBody, RegionSettingsDto } from "../dto/region-settings-dto.ts";
import { readRegionSettings } from "../region/read-region-settings.ts";
import { setRegionSettings } from "../region/set-region-settings.ts";
import type { Services } from "../services/services.ts";

export function regionSettingsRoutes(services: Services) {
  return [
    defineRoute({
      method: "get",
      path: "/api/region/settings",
      summary: "本地区的流程设置（是否须单位负责人签字）",
      tag: "审核流程",
      access: "signedIn",
      response: RegionSettingsDto,
      async handle({ actor }) {
        return readRegionSettings(services, { actor });
      },
    }),
    defineRoute({
      method: "put",
      path: "/api/region/settings",
      summary: "修改本地区的流程设置（地区最上级单位的管理员）",
      tag: "审核流程",
      access: "signedIn",
      response: RegionSettingsDto,
      body: RegionSettingsBody,
      async handle({ actor, body }) {
        return setRegionSettings(services, { actor, settings: body });
      },
    }),
  ];
}
