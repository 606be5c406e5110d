import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import { isId, RequestContext, runUnitOfWork } from '@alliance/kernel';
import type { Gateway } from '../server';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * `PUT /artifacts/:id/file`: streams an uploaded artifact through MD5, SHA-1 and a byte
 * count without holding it in memory (CERT-14), and records whether each matches the
 * declared value. Authorized like the GraphQL API: a PARTNER key only for its own artifact.
 * The body is never parsed or buffered: any content type is taken as raw bytes.
 */
export function registerArtifactUpload(app: FastifyInstance, gateway: Gateway): void {
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.put<{ Params: { id: string } }>('/artifacts/:id/file', async (request, reply) => {
      const fail = (status: number, code: string, message: string) =>
        reply.code(status).send({ errors: [{ message, extensions: { code, requestId: String(request.id) } }] });
      const actor = await gateway.authenticate(request);
      if (!actor) return fail(401, 'UNAUTHENTICATED', 'send an API key as `Authorization: Bearer <key>`');
      if (!isId(request.params.id)) return fail(400, 'BAD_USER_INPUT', 'id must be an id issued by this API');
      const ctx = new RequestContext({ db: gateway.db, clock: gateway.clock, bus: gateway.bus, actor, requestId: String(request.id) });
      try {
        const certification = gateway.modules.certification.service;
        const received = await certification.receiveArtifactFile(ctx, request.params.id, request.raw);
        const artifact = await runUnitOfWork(ctx, () => certification.recordArtifactFile(ctx, received));
        return {
          artifact: {
            id: artifact.id,
            receivedMd5: artifact.receivedMd5,
            receivedSha1: artifact.receivedSha1,
            receivedSizeBytes: artifact.receivedSizeBytes,
            md5Matches: artifact.md5Matches,
            sha1Matches: artifact.sha1Matches,
            sizeMatches: artifact.sizeMatches,
          },
        };
      } catch (error) {
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code ?? 'BAD_REQUEST');
          return fail(STATUS[code] ?? 400, code, error.message);
        }
        throw error;
      }
    });
  });
}
