import { Injectable, type OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { AUTH_METADATA, type RouteAuth } from './authenticated.decorator';

export interface RouteAuthEntry {
  method: string;
  path: string;
  auth: RouteAuth | undefined;
}

/** Lists every HTTP route with its access rule; boot fails when one has none (default deny made visible). */
@Injectable()
export class RouteAuthCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): RouteAuthEntry[] {
    const entries: RouteAuthEntry[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const prefix = normalize(Reflect.getMetadata(PATH_METADATA, metatype));
      const proto = Object.getPrototypeOf(instance);
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = proto[name];
        const methodPath = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPath === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const path = `/${[prefix, normalize(methodPath)].filter(Boolean).join('/')}`;
        const auth = this.reflector.getAllAndOverride<RouteAuth | undefined>(AUTH_METADATA, [handler, metatype]);
        entries.push({ method, path, auth });
      }
    }
    return entries.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }

  onApplicationBootstrap() {
    const open = this.routes().filter((r) => !r.auth);
    if (open.length) {
      throw new Error(`Routes without an access rule: ${open.map((r) => `${r.method} ${r.path}`).join(', ')}`);
    }
  }
}

function normalize(path: string | string[] | undefined): string {
  const p = Array.isArray(path) ? path[0] : path;
  return (p ?? '').replace(/^\/+|\/+$/g, '');
}
